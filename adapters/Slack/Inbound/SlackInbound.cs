namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>
/// Something a person did in Slack that the desk may act on: a message, a button click, a slash command.
/// Parsed from either transport (Socket Mode envelope or HTTP request); the desk's wiring turns it into the
/// core's channel-neutral messages.
/// </summary>
internal abstract record SlackInbound
{
    /// <summary>Slack's delivery number for this one: 0 first, then 1, 2, 3 for retries (<c>retry_attempt</c> / <c>X-Slack-Retry-Num</c>).</summary>
    public int RetryAttempt { get; init; }

    /// <summary>Why Slack retried (<c>timeout</c>, <c>http_timeout</c> …), when it did.</summary>
    public string? RetryReason { get; init; }

    /// <summary>
    /// What identifies this action on every delivery of it, to any connection: the event's <c>event_id</c>, a click's
    /// <c>action_ts</c>, a command's <c>trigger_id</c>, else the delivery's own id (set by <see cref="InboundReception"/>).
    /// </summary>
    public string? DeliveryKey { get; init; }

    /// <summary>The person who acted (<c>U…</c> or <c>W…</c>).</summary>
    public abstract string User { get; }
}
