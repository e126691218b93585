using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.WebApi;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>
/// Keeps the bot connected in Socket Mode: a fresh URL from <c>apps.connections.open</c> for every connection,
/// a reconnection with capped jittered backoff when a socket drops, and on a <c>disconnect</c> announcement a
/// second connection opened (and greeted) before the first is let go, so nothing falls in the gap. Each envelope
/// goes through <see cref="InboundReception"/> and is acknowledged only once kept.
/// </summary>
internal sealed partial class SocketModeClient(
    SlackApiClient api,
    InboundReception reception,
    SlackTimings timings,
    TimeProvider timeProvider,
    ILogger logger,
    Random? random = null)
{
    private readonly List<Task> retiring = [];
    private int opened;

    /// <summary>Connections opened so far (for tests and logs).</summary>
    public int ConnectionsOpened => Volatile.Read(ref opened);

    /// <summary>Runs until cancelled; throws only for what reconnecting cannot fix (a revoked token, Socket Mode turned off).</summary>
    public async Task RunAsync(SlackIdentity self, CancellationToken cancellationToken)
    {
        var backoff = new ReconnectBackoff(timings.MinReconnectDelay, timings.MaxReconnectDelay, random ?? Random.Shared);
        SocketModeConnection? current = null;
        try
        {
            while (true)
            {
                current ??= await ConnectAsync(self, backoff, cancellationToken).ConfigureAwait(false);
                var openedAt = timeProvider.GetTimestamp();
                var ended = await Task.WhenAny(current.Completion, current.DisconnectRequested).WaitAsync(cancellationToken).ConfigureAwait(false);
                if (ended == current.Completion)
                {
                    await current.DisposeAsync().ConfigureAwait(false);
                    current = null;
                    await AfterDropAsync(backoff, timeProvider.GetElapsedTime(openedAt), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                current = await RefreshAsync(current, await current.DisconnectRequested.ConfigureAwait(false), self, backoff, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (current is not null)
            {
                await current.DisposeAsync().ConfigureAwait(false);
            }

            await Task.WhenAll(retiring).ConfigureAwait(false);
        }
    }

    private async Task AfterDropAsync(ReconnectBackoff backoff, TimeSpan lived, CancellationToken cancellationToken)
    {
        if (lived >= timings.HealthyConnection)
        {
            backoff.Reset();
            LogReconnecting(TimeSpan.Zero);
            return;
        }

        var delay = backoff.NextDelay();
        LogReconnecting(delay);
        await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SocketModeConnection> RefreshAsync(SocketModeConnection old, string reason, SlackIdentity self, ReconnectBackoff backoff, CancellationToken cancellationToken)
    {
        if (reason == "link_disabled")
        {
            throw new SocketModeRefusedException("Slack turned Socket Mode off for this app (link_disabled): enable it in the app's settings, or use Slack:Mode events.");
        }

        if (reason == "too_many_websockets")
        {
            // Slack already holds as many sockets as it allows: let this one go first.
            await old.DisposeAsync().ConfigureAwait(false);
            return await ConnectAsync(self, backoff, cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            try
            {
                var next = await OpenAsync(self, cancellationToken).ConfigureAwait(false);
                retiring.RemoveAll(t => t.IsCompleted);
                retiring.Add(RetireAsync(old));
                return next;
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                var delay = backoff.NextDelay();
                LogOpenFailed(exception.Message, delay);
                var waited = Task.Delay(delay, timeProvider, cancellationToken);
                if (await Task.WhenAny(old.Completion, waited).ConfigureAwait(false) == old.Completion)
                {
                    await old.DisposeAsync().ConfigureAwait(false);
                    return await ConnectAsync(self, backoff, cancellationToken).ConfigureAwait(false);
                }

                await waited.ConfigureAwait(false);
            }
        }
    }

    /// <summary>The old connection keeps handling what it receives until Slack closes it, or the retire timeout.</summary>
    private async Task RetireAsync(SocketModeConnection old)
    {
        try
        {
            await old.Completion.WaitAsync(timings.RetireTimeout, timeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogRetiring(old.Number);
        }

        await old.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<SocketModeConnection> ConnectAsync(SlackIdentity self, ReconnectBackoff backoff, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await OpenAsync(self, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                var delay = backoff.NextDelay();
                LogOpenFailed(exception.Message, delay);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<SocketModeConnection> OpenAsync(SlackIdentity self, CancellationToken cancellationToken)
    {
        var url = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var number = Interlocked.Increment(ref opened);
        return await SocketModeConnection.OpenAsync(url, number, (e, t) => HandleAsync(self, e, t), timings, timeProvider, logger, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> HandleAsync(SlackIdentity self, SocketEnvelope envelope, CancellationToken cancellationToken)
    {
        var parsed = envelope.Type switch
        {
            "events_api" => SlackPayloadParser.ParseEventCallback(envelope.Payload, self),
            "interactive" => SlackPayloadParser.ParseInteraction(envelope.Payload),
            "slash_commands" => SlackPayloadParser.ParseSlashCommand(SlackPayloadParser.Fields(envelope.Payload)),
            _ => ParsedPayload.Ignore($"an envelope of unknown type {envelope.Type}"),
        };
        var id = envelope.EnvelopeId!;
        var outcome = await reception.ReceiveAsync(parsed, id, envelope.RetryAttempt, envelope.RetryReason, cancellationToken).ConfigureAwait(false);
        return outcome.Acknowledge ? EnvelopeAck.Frame(id, envelope.AcceptsResponsePayload ? outcome.Reply : null) : null;
    }

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        SlackApiException api => !api.IsUnrecoverable,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or WebSocketException or IOException or SocketModeProtocolException or TimeoutException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: reconnecting in {Delay}")]
    private partial void LogReconnecting(TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode: could not open a connection ({Reason}); next try in {Delay}")]
    private partial void LogOpenFailed(string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode: connection {Number} still open after its replacement; closing it")]
    private partial void LogRetiring(int number);
}
