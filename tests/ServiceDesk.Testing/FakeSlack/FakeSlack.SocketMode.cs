using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>The fake's Socket Mode side: accepting sockets, sending envelopes, recording acknowledgements, the faults.</summary>
public sealed partial class FakeSlack
{
    public IReadOnlyList<FakeSlackSocket> OpenSockets => [.. Sockets.Where(s => s.IsOpen)];

    public bool IsAcknowledged(string envelopeId) => Acks.Any(a => a.EnvelopeId == envelopeId);

    /// <summary>
    /// When true, envelopes not sent on a given socket go to the open sockets in turn (round-robin), as Slack spreads an
    /// app's envelopes over its open connections (several bot instances each holding one); otherwise to the newest.
    /// </summary>
    public bool SpreadEnvelopes { get; set; }

    /// <summary>Sends an envelope on the next open socket (see <see cref="SpreadEnvelopes"/>) or the given one and returns its id; it stays "unacknowledged" until the bot acks it.</summary>
    public async Task<string> SendEnvelopeAsync(JsonObject envelope, FakeSlackSocket? on = null)
    {
        var socket = on ?? NextSocket() ?? throw new InvalidOperationException("No Socket Mode connection is open.");
        var id = (string)envelope["envelope_id"]!;
        Locked(() => unacknowledged[id] = (JsonObject)envelope.DeepClone());
        await socket.SendAsync(envelope).ConfigureAwait(false);
        return id;
    }

    /// <summary>Sends the same envelope (the same envelope_id and event_id) on every open socket, as a duplicate delivery to several connections.</summary>
    public async Task<string> SendToEverySocketAsync(JsonObject envelope)
    {
        var open = OpenSockets;
        if (open.Count == 0)
        {
            throw new InvalidOperationException("No Socket Mode connection is open.");
        }

        await Task.WhenAll(open.Select(s => SendEnvelopeAsync(envelope, s))).ConfigureAwait(false);
        return (string)envelope["envelope_id"]!;
    }

    private FakeSlackSocket? NextSocket()
    {
        var open = OpenSockets;
        if (open.Count == 0)
        {
            return null;
        }

        return SpreadEnvelopes ? open[(int)((uint)Interlocked.Increment(ref nextSocket) % (uint)open.Count)] : open[^1];
    }

    private int nextSocket;

    /// <summary>Sends the same envelope twice, as Slack sometimes does.</summary>
    public async Task<string> SendTwiceAsync(JsonObject envelope)
    {
        var id = await SendEnvelopeAsync(envelope).ConfigureAwait(false);
        await SendEnvelopeAsync(envelope).ConfigureAwait(false);
        return id;
    }

    /// <summary>Delivers every unacknowledged events_api envelope again with the next <c>retry_attempt</c> and <c>retry_reason</c> "timeout"; a new envelope_id unless asked to keep it (Slack's choice is not documented; the event_id stays).</summary>
    public async Task<IReadOnlyList<string>> RedeliverUnacknowledgedAsync(bool keepEnvelopeIds = false, FakeSlackSocket? on = null)
    {
        var pending = Locked(() => unacknowledged.Values.Where(e => (string?)e["type"] == "events_api").ToList());
        List<string> ids = [];
        foreach (var old in pending)
        {
            var again = (JsonObject)old.DeepClone();
            again["retry_attempt"] = ((int?)old["retry_attempt"] ?? 0) + 1;
            again["retry_reason"] = "timeout";
            if (!keepEnvelopeIds)
            {
                Locked(() => unacknowledged.Remove((string)old["envelope_id"]!));
                again["envelope_id"] = Guid.NewGuid().ToString();
            }

            ids.Add(await SendEnvelopeAsync(again, on).ConfigureAwait(false));
        }

        return ids;
    }

    /// <summary>
    /// Announces the end of the newest socket (<c>warning</c>, <c>refresh_requested</c> …) and closes it
    /// <paramref name="closeAfter"/> later, as Slack does (about 10 s after a warning); null leaves the closing to the test.
    /// </summary>
    public async Task<FakeSlackSocket> SendDisconnectAsync(string reason, TimeSpan? closeAfter)
    {
        var socket = OpenSockets.LastOrDefault() ?? throw new InvalidOperationException("No Socket Mode connection is open.");
        await socket.SendAsync(FakeSlackPayloads.Disconnect(reason)).ConfigureAwait(false);
        if (closeAfter is { } delay)
        {
            _ = Task.Delay(delay, stopping.Token).ContinueWith(_ => socket.CloseAsync(), TaskScheduler.Default);
        }

        return socket;
    }

    /// <summary>Cuts every open socket without a close handshake.</summary>
    public void DropConnections()
    {
        foreach (var socket in OpenSockets)
        {
            socket.Drop();
        }
    }

    /// <summary>Waits (polling, generously) until the condition holds; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = Environment.TickCount64 + (long)(timeout ?? TimeSpan.FromSeconds(30)).TotalMilliseconds;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException("Timed out waiting for: " + what);
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    private async Task ServeSocketAsync(HttpContext context)
    {
        var ticket = context.Request.Query["ticket"].ToString();
        string? instance = null;
        if (!Locked(() => tickets.Remove(ticket, out instance)))
        {
            context.Response.StatusCode = 401;
            return;
        }

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var socket = Locked(() =>
        {
            var accepted = new FakeSlackSocket(sockets.Count + 1, webSocket) { Instance = instance };
            sockets.Add(accepted);
            return accepted;
        });
        await socket.SendAsync(FakeSlackPayloads.Hello(OpenSockets.Count)).ConfigureAwait(false);
        await socket.ReadAsync(text => RecordAck(text, socket.Number), stopping.Token).ConfigureAwait(false);
    }

    private void RecordAck(string text, int connection)
    {
        JsonObject? frame;
        try
        {
            frame = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            frame = null;
        }

        if (frame?["envelope_id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String)
        {
            var envelopeId = id.GetValue<string>();
            Locked(() =>
            {
                acks.Add(new FakeSlackAck(envelopeId, frame["payload"]?.DeepClone(), connection));
                return unacknowledged.Remove(envelopeId);
            });
        }
    }
}
