namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>The queue of posts to one Slack channel: the tail every new turn waits for, and when the next post may go.</summary>
internal sealed class ChannelLane
{
    public Task Tail { get; set; } = Task.CompletedTask;

    public int Turns { get; set; }

    public DateTimeOffset NextPostAt { get; set; } = DateTimeOffset.MinValue;
}
