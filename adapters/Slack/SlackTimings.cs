namespace ServiceDesk.Adapters.Slack;

/// <summary>The adapter's clocks: acknowledgement budget, pacing, reconnection bounds, replay window.</summary>
/// <remarks>Not configuration: the defaults are the contract (most come from Slack's documentation); tests shorten them.</remarks>
internal sealed record SlackTimings
{
    public static SlackTimings Default { get; } = new();

    /// <summary>Slack expects an acknowledgement within 3 s; a keep slower than this is logged.</summary>
    public TimeSpan AckBudget { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>At most one message per second per channel (Slack's posting limit).</summary>
    public TimeSpan PostInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MinReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A connection that stayed up this long resets the backoff.</summary>
    public TimeSpan HealthyConnection { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The WebSocket handshake and Slack's <c>hello</c> must arrive within this.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the client pings the server, and how long it waits for the pong before dropping the socket.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>After a replacement said hello, the old connection is left to Slack to close (about 10 s after a warning), at most this long.</summary>
    public TimeSpan RetireTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long closing an old connection may take after its replacement said hello.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests signed further than this from now are refused (Slack's replay window).</summary>
    public TimeSpan SignatureWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long delivery ids are remembered: Slack's last retry comes about 5 minutes after the first try.</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>First wait before retrying a Web API call that failed with 5xx or a network error (Polly doubles it, jittered).</summary>
    public TimeSpan ServerErrorRetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
