using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.Slack.Inbound;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Slack.Tests.Inbound;

/// <summary>The path every delivery takes, on a fake clock.</summary>
public sealed class InboundReceptionTests(ITestOutputHelper output)
{
    private readonly FakeTimeProvider clock = new();
    private readonly CollectingLoggerFactory logs = new(output.WriteLine);

    private InboundReception Reception(SlackInboundKeeper keeper) =>
        new(new DeliveryDeduplicator(clock, TimeSpan.FromMinutes(10)), keeper, clock, SlackTimings.Default, logs.CreateLogger("InboundReception"));

    private static ParsedPayload Message(string clientMsgId) =>
        new(new SlackMessage("U1", "D1", SlackConversationKind.DirectMessage, "x", "1.1", null, clientMsgId), ["msg:" + clientMsgId], null);

    [Fact]
    public async Task ReceiveAsync_KeepSlowerThanThreeSeconds_KeptAndLogged()
    {
        var reception = Reception((_, _) =>
        {
            clock.Advance(TimeSpan.FromSeconds(4));
            return ValueTask.FromResult<SlackAckReply?>(null);
        });
        var outcome = await reception.ReceiveAsync(Message("c1"), "e1", 0, null, CancellationToken.None);
        Assert.Equal(ReceptionResult.Kept, outcome.Result);
        Assert.True(logs.Contains(LogLevel.Warning, "past Slack's 3 s acknowledgement budget"));
    }

    [Fact]
    public async Task ReceiveAsync_KeepFast_NoWarning()
    {
        var outcome = await Reception((_, _) => ValueTask.FromResult<SlackAckReply?>(new SlackAckReply("ok"))).ReceiveAsync(Message("c1"), "e1", 0, null, CancellationToken.None);
        Assert.Equal((ReceptionResult.Kept, "ok"), (outcome.Result, outcome.Reply?.Text));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task ReceiveAsync_Ignored_AcknowledgedWithoutKeeping()
    {
        var keeps = 0;
        var outcome = await Reception((_, _) => { keeps++; return ValueTask.FromResult<SlackAckReply?>(null); })
            .ReceiveAsync(ParsedPayload.Ignore("a bot's message"), "e1", 0, null, CancellationToken.None);
        Assert.True(outcome.Acknowledge);
        Assert.Equal(0, keeps);
    }

    [Fact]
    public async Task ReceiveAsync_Cancelled_ReleasedSoTheRedeliveryIsNew()
    {
        using var cancel = new CancellationTokenSource();
        var first = true;
        var reception = Reception(async (_, token) =>
        {
            if (first)
            {
                first = false;
                await cancel.CancelAsync();
                token.ThrowIfCancellationRequested();
            }

            return null;
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reception.ReceiveAsync(Message("c1"), "e1", 0, null, cancel.Token));
        Assert.Equal(ReceptionResult.Kept, (await reception.ReceiveAsync(Message("c1"), "e2", 1, "timeout", CancellationToken.None)).Result);
        Assert.Equal(ReceptionResult.Duplicate, (await reception.ReceiveAsync(Message("c1"), "e3", 2, "timeout", CancellationToken.None)).Result);
    }
}
