namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>
/// Slack allows about one message per second per channel. Posts to one channel run one turn at a time, in the
/// order they were asked for (a burst of answers is queued, not dropped); different channels do not wait for
/// each other. A turn may post several messages (a long text's parts), which then stay together.
/// </summary>
internal sealed class ChannelPacer(TimeSpan interval, TimeProvider timeProvider)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ChannelLane> lanes = new(StringComparer.Ordinal);

    public async Task<T> RunAsync<T>(string channel, Func<PacedTurn, Task<T>> work, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ChannelLane lane;
        Task previous;
        lock (gate)
        {
            if (!lanes.TryGetValue(channel, out lane!))
            {
                lane = new ChannelLane();
                lanes[channel] = lane;
            }

            previous = lane.Tail;
            lane.Tail = done.Task;
            lane.Turns++;
        }

        var started = false;
        try
        {
            await previous.WaitAsync(cancellationToken).ConfigureAwait(false);
            started = true;
            return await work(new PacedTurn(lane, interval, timeProvider)).ConfigureAwait(false);
        }
        finally
        {
            // A turn given up while waiting still holds its place until the one before it ends, so order holds.
            if (started)
            {
                done.TrySetResult();
            }
            else
            {
                _ = previous.ContinueWith(_ => done.TrySetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            Leave(lane);
        }
    }

    private void Leave(ChannelLane lane)
    {
        lock (gate)
        {
            lane.Turns--;
            if (lanes.Count > 1_000)
            {
                var now = timeProvider.GetUtcNow();
                foreach (var id in lanes.Where(l => l.Value.Turns == 0 && l.Value.NextPostAt < now).Select(l => l.Key).ToList())
                {
                    lanes.Remove(id);
                }
            }
        }
    }
}
