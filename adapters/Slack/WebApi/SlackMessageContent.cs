using System.Text.Json.Nodes;

namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>
/// What one Slack message shows: mrkdwn <see cref="Text"/> (the notification and screen-reader text when
/// <see cref="Blocks"/> are present) and optional Block Kit blocks. Built by the renderers, never by hand.
/// </summary>
internal sealed record SlackMessageContent(string Text, JsonArray? Blocks = null)
{
    /// <summary>Slack advises at most 4,000 characters of top-level text and truncates past 40,000.</summary>
    public const int MaxTextLength = 4_000;
}
