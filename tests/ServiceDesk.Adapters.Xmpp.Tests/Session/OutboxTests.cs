using ServiceDesk.Adapters.Xmpp.Session;

namespace ServiceDesk.Adapters.Xmpp.Tests.Session;

public sealed class OutboxTests
{
    [Fact]
    public void TryPeek_RequeuedAfterQueued_ComesFirstInOrder()
    {
        var outbox = new Outbox(new CollectingLoggerFactory().CreateLogger("outbox"));
        outbox.Enqueue(Stanza("new"));
        outbox.Requeue([Stanza("old1"), Stanza("old2")]);

        Assert.Equal(["old1", "old2", "new"], Drain(outbox));
    }

    [Fact]
    public void Enqueue_Full_KeepsOldestAndLogsError()
    {
        var logs = new CollectingLoggerFactory();
        var outbox = new Outbox(logs.CreateLogger("outbox"), capacity: 2);

        outbox.Enqueue(Stanza("1"));
        outbox.Enqueue(Stanza("2"));
        outbox.Enqueue(Stanza("3"));

        Assert.Equal(["1", "2"], Drain(outbox));
        Assert.Contains(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("full", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hold_TwoAtOnce_ReleasedWhenTheLastEnds_ThenItsEndRuns()
    {
        var outbox = new Outbox(new CollectingLoggerFactory().CreateLogger("outbox"));
        var ended = 0;
        outbox.OnHoldEnded(() => ended++);
        var first = outbox.Hold();
        var second = outbox.Hold();
        outbox.Enqueue(Stanza("answer"));
        var released = outbox.WaitReleasedAsync(CancellationToken.None);

        first.Dispose();
        first.Dispose();
        Assert.True(outbox.IsHeld);
        Assert.False(released.IsCompleted);
        Assert.Equal(0, ended);

        second.Dispose();
        Assert.False(outbox.IsHeld);
        Assert.True(await released);
        Assert.Equal(1, ended);

        // Nothing held back is lost.
        Assert.Equal(["answer"], Drain(outbox));
    }

    [Fact]
    public async Task WaitToReadAsync_OnlyRequeued_CompletesAtOnce()
    {
        var outbox = new Outbox(new CollectingLoggerFactory().CreateLogger("outbox"));
        outbox.Requeue([Stanza("old")]);

        Assert.True(await outbox.WaitToReadAsync(CancellationToken.None));
        Assert.Equal(1, outbox.Count);
    }

    private static OutgoingStanza Stanza(string xml) => new(xml, IsMessage: true);

    private static List<string> Drain(Outbox outbox)
    {
        List<string> drained = [];
        while (outbox.TryPeek(out var stanza))
        {
            outbox.Commit(stanza);
            drained.Add(stanza.Xml);
        }

        return drained;
    }
}
