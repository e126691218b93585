using ServiceDesk.Adapters.Slack.Tests.Support;
using ServiceDesk.Testing;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Slack.Tests.SocketMode;

/// <summary>Ping/pong: a link that silently stops carrying anything (a black hole) is noticed by the keep-alive pings, dropped, and replaced.</summary>
public sealed class SocketModeKeepAliveTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_LinkStalled_PingsGoUnansweredAndTheClientReconnects()
    {
        var timings = TestTimings.Fast with { KeepAliveInterval = TimeSpan.FromMilliseconds(500), KeepAliveTimeout = TimeSpan.FromSeconds(2) };
        await using var harness = await SlackHarness.StartAsync(output, timings);
        await using var relay = TcpRelay.Start("127.0.0.1", harness.Slack.BaseUrl.Port);
        harness.Slack.SocketAuthority = $"127.0.0.1:{relay.Port}";
        var client = await harness.RunSocketModeAsync();

        relay.StallConnections();
        await FakeSlack.EventuallyAsync(() => client.ConnectionsOpened == 2 && harness.Slack.Sockets.Count == 2, "a new connection after the unanswered pings", TimeSpan.FromSeconds(60));

        var id = await harness.Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "toujours joignable")), harness.Slack.Sockets[^1]);
        await FakeSlack.EventuallyAsync(() => harness.Slack.IsAcknowledged(id), "the acknowledgement on the new connection");
    }
}
