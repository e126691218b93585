namespace ServiceDesk.Adapters.Slack;

/// <summary>
/// How the desk talks to one Slack workspace. Bound from configuration by the host, so every property is
/// settable; the names are a contract with the configuration files (<c>Slack:BotToken</c> …).
/// </summary>
/// <remarks>
/// The tokens and the signing secret are secrets: they come from environment variables
/// (<c>Slack__BotToken</c>), are sent only in an <c>Authorization</c> header or used as an HMAC key, and are
/// never logged.
/// </remarks>
public sealed class SlackOptions
{
    /// <summary>App-level token (<c>xapp-…</c>, scope <c>connections:write</c>): opens Socket Mode connections.</summary>
    public string AppToken { get; set; } = "";

    /// <summary>Bot token (<c>xoxb-…</c>): every Web API call. The Slack channel runs when it is set.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Signing secret of the app: verifies HTTP requests in events mode.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary><c>socket</c> (default) or <c>events</c>.</summary>
    public SlackMode Mode { get; set; } = SlackMode.Socket;

    /// <summary>Where Kestrel listens in events mode, path included, e.g. <c>http://127.0.0.1:3000/slack/events</c>.</summary>
    public string? EventsUrl { get; set; }

    /// <summary>Base address of the Web API; tests point it at a local fake.</summary>
    public string ApiUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Id of the channel where technicians work (<c>C…</c>), kept as written.</summary>
    public string? TechnicianChannel { get; set; }

    /// <summary>The slash command technicians type.</summary>
    public string Command { get; set; } = "/desk";
}
