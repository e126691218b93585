using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>One accepted Socket Mode WebSocket on the fake's side: it sends frames, and reads acknowledgements until the client closes.</summary>
public sealed class FakeSlackSocket(int number, WebSocket socket)
{
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number => number;

    /// <summary>The bot instance that opened it, when it called the Web API through its own <see cref="FakeSlack.ApiUrlFor"/>.</summary>
    public string? Instance { get; init; }

    public bool IsOpen => socket.State == WebSocketState.Open && !closed.Task.IsCompleted;

    public Task Closed => closed.Task;

    public Task SendAsync(JsonObject frame) => SendRawAsync(frame.ToJsonString());

    /// <summary>Sends any text as one frame (bad input: not JSON, no type …).</summary>
    public async Task SendRawAsync(string text)
    {
        await sending.WaitAsync().ConfigureAwait(false);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Closes from the server's side with the close handshake, as Slack does after a disconnect warning.</summary>
    public async Task CloseAsync()
    {
        try
        {
            await sending.WaitAsync().ConfigureAwait(false);
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (WebSocketException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>Cuts the TCP connection without a close handshake (a network failure).</summary>
    public void Drop()
    {
        socket.Abort();
        closed.TrySetResult();
    }

    internal async Task ReadAsync(Action<string> onText, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        if (socket.State == WebSocketState.CloseReceived)
                        {
                            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken).ConfigureAwait(false);
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                onText(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            closed.TrySetResult();
        }
    }
}
