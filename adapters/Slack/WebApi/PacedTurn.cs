namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>One caller's turn on a channel's lane: each <see cref="WaitAsync"/> lets one post through, at most one per interval.</summary>
internal sealed class PacedTurn(ChannelLane lane, TimeSpan interval, TimeProvider timeProvider)
{
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = lane.NextPostAt - timeProvider.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        lane.NextPostAt = timeProvider.GetUtcNow() + interval;
    }
}
