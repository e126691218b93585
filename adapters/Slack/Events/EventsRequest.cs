namespace ServiceDesk.Adapters.Slack.Events;

/// <summary>What the handler needs of one HTTP request: the signing headers, the retry headers and the raw body bytes.</summary>
internal sealed record EventsRequest(
    string Timestamp,
    string? Signature,
    string? ContentType,
    byte[] Body,
    string? RetryNum,
    string? RetryReason,
    string Remote);
