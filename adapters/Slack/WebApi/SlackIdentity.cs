namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>Who the bot is in the workspace (<c>auth.test</c>): its own messages carry these ids and are not read as requests.</summary>
internal sealed record SlackIdentity(string UserId, string? BotId, string? TeamId);
