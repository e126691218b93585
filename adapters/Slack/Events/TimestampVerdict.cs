namespace ServiceDesk.Adapters.Slack.Events;

/// <summary>What the <c>X-Slack-Request-Timestamp</c> header says about a request's age.</summary>
internal enum TimestampVerdict
{
    Fresh,
    Missing,
    Stale,
}
