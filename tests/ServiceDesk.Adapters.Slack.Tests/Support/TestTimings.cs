namespace ServiceDesk.Adapters.Slack.Tests.Support;

/// <summary>The adapter's clocks shortened for tests: bounds stay generous where a slow machine could be late.</summary>
internal static class TestTimings
{
    public static SlackTimings Fast { get; } = SlackTimings.Default with
    {
        PostInterval = TimeSpan.FromMilliseconds(10),
        MinReconnectDelay = TimeSpan.FromMilliseconds(50),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(500),
        ServerErrorRetryDelay = TimeSpan.FromMilliseconds(10),
        RetireTimeout = TimeSpan.FromSeconds(10),
        KeepAliveInterval = TimeSpan.FromSeconds(5),
        KeepAliveTimeout = TimeSpan.FromSeconds(20),
    };
}
