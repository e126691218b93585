namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>A person as <c>users.info</c> describes them: the name to greet them by, their language and time zone.</summary>
/// <param name="Locale">Slack's locale such as <c>fr-FR</c>; only returned with <c>include_locale=true</c>.</param>
/// <param name="TimeZone">IANA name such as <c>Europe/Paris</c>.</param>
internal sealed record SlackUser(string Id, string Name, string? Locale, string? TimeZone, bool IsBot);
