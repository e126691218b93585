using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>
/// Reads whole text messages from a WebSocket (Socket Mode frames are one JSON object per text message).
/// A message past the size limit and binary messages are read to their end and skipped; null means the peer closed.
/// </summary>
internal sealed class SocketFrameReader(WebSocket socket, int maxBytes)
{
    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);

    /// <summary>Messages skipped so far for being too large or not text.</summary>
    public int Skipped { get; private set; }

    public async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            buffer.ResetWrittenCount();
            var tooLarge = false;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > maxBytes)
                {
                    tooLarge = true;
                    buffer.ResetWrittenCount();
                }
            }
            while (!result.EndOfMessage);

            if (!tooLarge && result.MessageType == WebSocketMessageType.Text)
            {
                return Encoding.UTF8.GetString(buffer.WrittenSpan);
            }

            Skipped++;
        }
    }
}
