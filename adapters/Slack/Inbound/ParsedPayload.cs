namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>What a payload turned out to be: an inbound for the desk, or a reason to ignore it; and the ids that recognise it again.</summary>
internal sealed record ParsedPayload(SlackInbound? Inbound, IReadOnlyList<string> Keys, string? IgnoredBecause)
{
    public static ParsedPayload Ignore(string reason, params IReadOnlyList<string> keys) => new(null, keys, reason);
}
