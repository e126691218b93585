using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bench.Slack;

/// <summary>
/// The floor: the same frames through a bare Kestrel WebSocket that echoes each one back, read by a bare
/// ClientWebSocket. No parsing, no keep, no Web API: what the socket itself costs on this machine.
/// </summary>
internal static class EchoBaseline
{
    public static async Task<double> MessagesPerSecondAsync(IReadOnlyList<string> frames)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Run(EchoAsync);
        await app.StartAsync();

        using var client = new ClientWebSocket();
        await client.ConnectAsync(new Uri(app.Urls.First().Replace("http", "ws", StringComparison.Ordinal) + "/echo"), CancellationToken.None);
        var watch = Stopwatch.StartNew();
        var reading = ReadAsync(client, frames.Count);
        foreach (var frame in frames)
        {
            await client.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        }

        await reading;
        var seconds = watch.Elapsed.TotalSeconds;
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        await app.StopAsync();
        return frames.Count / seconds;
    }

    private static async Task ReadAsync(WebSocket socket, int count)
    {
        var buffer = new byte[64 * 1024];
        for (var read = 0; read < count;)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.EndOfMessage)
            {
                read++;
            }
        }
    }

    private static async Task EchoAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                return;
            }

            await socket.SendAsync(buffer.AsMemory(0, result.Count), result.MessageType, result.EndOfMessage, CancellationToken.None);
        }
    }
}
