using System.Collections.Concurrent;
using ServiceDesk.Adapters.Slack.Inbound;

namespace ServiceDesk.Adapters.Slack.Tests.Support;

/// <summary>Stands in for the desk's inbox: keeps what it is given, in order; a test can hold it, make it fail, or make it reply.</summary>
internal sealed class RecordingKeeper
{
    private readonly ConcurrentQueue<SlackInbound> kept = new();

    /// <summary>Awaited before keeping (a test holds the keep open to see nothing is acknowledged meanwhile).</summary>
    public Task Gate { get; set; } = Task.CompletedTask;

    /// <summary>How many of the next keeps fail.</summary>
    public int FailNext { get; set; }

    public SlackAckReply? Reply { get; set; }

    public int Calls => calls;

    public IReadOnlyList<SlackInbound> Kept => [.. kept];

    private int calls;

    public async ValueTask<SlackAckReply?> KeepAsync(SlackInbound inbound, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        await Gate.WaitAsync(cancellationToken);
        if (FailNext > 0)
        {
            FailNext--;
            throw new IOException("The inbox is full.");
        }

        kept.Enqueue(inbound);
        return Reply;
    }
}
