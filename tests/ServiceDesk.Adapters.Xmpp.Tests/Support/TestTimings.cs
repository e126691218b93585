namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

internal static class TestTimings
{
    /// <summary>Same behaviour as the defaults, on a faster clock so reconnection tests stay short.</summary>
    public static XmppTimings Fast { get; } = new()
    {
        MinReconnectDelay = TimeSpan.FromMilliseconds(200),
        MaxReconnectDelay = TimeSpan.FromSeconds(2),
        HealthySession = TimeSpan.FromSeconds(30),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    public static TimeSpan Wait { get; } = TimeSpan.FromSeconds(20);
}
