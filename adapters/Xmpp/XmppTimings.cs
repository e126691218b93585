namespace ServiceDesk.Adapters.Xmpp;

/// <summary>The adapter's clocks: reconnection backoff bounds, timeouts, keep-alive period.</summary>
/// <remarks>Not configuration: the defaults are the contract; tests shorten them.</remarks>
internal sealed record XmppTimings
{
    public static XmppTimings Default { get; } = new();

    public TimeSpan MinReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A session that stayed up this long resets the backoff.</summary>
    public TimeSpan HealthySession { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Connecting, TLS, authentication and binding must finish within this.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long closing the stream at shutdown may take.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A <c>composing</c> chat state not ended by an answer is ended (<c>active</c>) after this, so it never hangs
    /// after a failure; longer than a burst's listening (12 s at most) plus a usual turn.
    /// </summary>
    public TimeSpan ComposingTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
