namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>A slash command such as <c>/desk take 42</c>: <see cref="Text"/> is everything after the command.</summary>
/// <param name="ResponseUrl">Where to answer it later (ephemeral by default, up to 5 times in 30 minutes).</param>
internal sealed record SlackSlashCommand(string Command, string Text, string UserId, string ChannelId, Uri? ResponseUrl, string? TriggerId) : SlackInbound
{
    public override string User => UserId;
}
