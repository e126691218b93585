using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. Opening it waits for Slack's <c>hello</c>. Then one loop reads all the time (so the
/// runtime answers pings and the keep-alive pings get their pongs) and another handles envelopes in the order
/// they came, sending each acknowledgement on this same socket once the handler returns it. A <c>disconnect</c>
/// frame is reported at once through <see cref="DisconnectRequested"/>, while envelopes keep being handled until
/// the socket closes.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;

    private readonly ClientWebSocket socket;
    private readonly SocketFrameReader reader;
    private readonly Func<SocketEnvelope, CancellationToken, Task<string?>> handle;
    private readonly ILogger logger;
    private readonly SlackTimings timings;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly Channel<SocketEnvelope> envelopes = Channel.CreateUnbounded<SocketEnvelope>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly TaskCompletionSource<string> disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private Task loops = Task.CompletedTask;

    private SocketModeConnection(ClientWebSocket socket, int number, Func<SocketEnvelope, CancellationToken, Task<string?>> handle, SlackTimings timings, TimeProvider timeProvider, ILogger logger)
    {
        this.socket = socket;
        Number = number;
        this.handle = handle;
        this.timings = timings;
        this.timeProvider = timeProvider;
        this.logger = logger;
        reader = new SocketFrameReader(socket, MaxFrameBytes);
    }

    /// <summary>Counts connections in this process, for the logs.</summary>
    public int Number { get; }

    /// <summary>Ends when the socket is closed (by either side or dropped) and every received envelope was handled.</summary>
    public Task Completion => loops;

    /// <summary>Completes with Slack's reason (<c>warning</c>, <c>refresh_requested</c>, <c>link_disabled</c> …) when it announces the end of this connection.</summary>
    public Task<string> DisconnectRequested => disconnect.Task;

    public static async Task<SocketModeConnection> OpenAsync(
        Uri url, int number, Func<SocketEnvelope, CancellationToken, Task<string?>> handle, SlackTimings timings, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = timings.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = timings.KeepAliveTimeout;
        var connection = new SocketModeConnection(socket, number, handle, timings, timeProvider, logger);
        using var timeout = new CancellationTokenSource(timings.ConnectTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(url, linked.Token).ConfigureAwait(false);
            var first = await connection.reader.ReadAsync(linked.Token).ConfigureAwait(false);
            connection.CheckHello(first is null ? null : SocketEnvelopeParser.Parse(first));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new SocketModeProtocolException($"No hello from Slack within {timings.ConnectTimeout}.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        connection.loops = Task.WhenAll(connection.ReceiveLoopAsync(), connection.ProcessLoopAsync());
        return connection;
    }

    /// <summary>Closes the socket (the close handshake, bounded by the close timeout) and waits for the loops.</summary>
    public async ValueTask DisposeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(timings.CloseTimeout, timeProvider);
            try
            {
                await sending.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    sending.Release();
                }

                await loops.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                socket.Abort();
            }
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        await loops.ConfigureAwait(false);
        socket.Dispose();
        stopping.Dispose();
        sending.Dispose();
    }

    private void CheckHello(SocketEnvelope? first)
    {
        switch (first)
        {
            case { IsHello: true }:
                LogHello(Number);
                return;
            case { IsDisconnect: true, Reason: "link_disabled" }:
                throw new SocketModeRefusedException("Socket Mode is turned off in the Slack app's settings (link_disabled).");
            case { IsDisconnect: true }:
                throw new SocketModeProtocolException($"Slack refused the connection: {first.Reason}.");
            default:
                throw new SocketModeProtocolException(first is null ? "Slack closed the connection before hello." : $"Slack sent {first.Type} before hello.");
        }
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (await reader.ReadAsync(stopping.Token).ConfigureAwait(false) is { } frame)
            {
                Route(frame);
            }

            LogClosedByServer(Number, socket.CloseStatus?.ToString() ?? "", socket.CloseStatusDescription ?? "");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (IsConnectionLoss(exception))
        {
            // A keep-alive ping without its pong aborts the socket: the pending read then ends with an
            // OperationCanceledException ("Aborted") rather than a WebSocketException.
            LogDropped(Number, exception.InnerException?.Message ?? exception.Message);
        }
        finally
        {
            envelopes.Writer.TryComplete();
        }
    }

    private void Route(string frame)
    {
        var envelope = SocketEnvelopeParser.Parse(frame);
        if (envelope is null)
        {
            LogMalformed(Number, frame.Length);
        }
        else if (envelope.IsDisconnect)
        {
            LogDisconnect(Number, envelope.Reason ?? "");
            disconnect.TrySetResult(envelope.Reason ?? "");
        }
        else if (envelope.EnvelopeId is null)
        {
            LogNoEnvelope(Number, envelope.Type);
        }
        else
        {
            envelopes.Writer.TryWrite(envelope);
        }
    }

    private async Task ProcessLoopAsync()
    {
        try
        {
            await foreach (var envelope in envelopes.Reader.ReadAllAsync(stopping.Token).ConfigureAwait(false))
            {
                if (await handle(envelope, stopping.Token).ConfigureAwait(false) is { } ack)
                {
                    await SendAsync(ack, stopping.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (IsConnectionLoss(exception))
        {
            LogAckFailed(Number, exception.Message);
            socket.Abort();
        }
    }

    private static bool IsConnectionLoss(Exception exception) =>
        exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException;

    private async Task SendAsync(string frame, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sending.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: connection {Number} open (hello received)")]
    private partial void LogHello(int number);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: connection {Number} closed by Slack ({Status} {Description})")]
    private partial void LogClosedByServer(int number, string status, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: connection {Number} dropped: {Reason}")]
    private partial void LogDropped(int number, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: connection {Number} sent a frame that is not a JSON object with a type ({Length} characters); dropped")]
    private partial void LogMalformed(int number, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: connection {Number} will be closed by Slack (disconnect, reason {Reason})")]
    private partial void LogDisconnect(int number, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack Socket Mode: connection {Number} sent a {Type} frame without envelope_id; ignored")]
    private partial void LogNoEnvelope(int number, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: connection {Number} could not send an acknowledgement ({Reason}); Slack will deliver the envelope again")]
    private partial void LogAckFailed(int number, string reason);
}
