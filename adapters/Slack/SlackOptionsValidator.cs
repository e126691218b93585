using Microsoft.Extensions.Options;

namespace ServiceDesk.Adapters.Slack;

/// <summary>
/// Checks <see cref="SlackOptions"/> before anything connects, so a token pasted in the wrong key or a
/// missing secret fails at start-up with a message that says what to fix, not with <c>invalid_auth</c> later.
/// Messages never repeat a secret's value.
/// </summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        CheckBotToken(options, failures);
        if (options.Mode == SlackMode.Socket)
        {
            CheckAppToken(options, failures);
        }
        else
        {
            CheckEventsMode(options, failures);
        }

        if (!Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            failures.Add("Slack:ApiUrl must be an absolute http(s) address such as https://slack.com/api/.");
        }

        if (!string.IsNullOrWhiteSpace(options.TechnicianChannel) && !IsId(options.TechnicianChannel, 'C', 'G'))
        {
            failures.Add("Slack:TechnicianChannel must be a channel id such as C0123456789 (not its #name); Slack shows it under the channel's details.");
        }

        if (options.Command is not ['/', _, ..] || options.Command.Any(char.IsWhiteSpace))
        {
            failures.Add("Slack:Command must be a slash command such as /desk.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBotToken(SlackOptions options, List<string> failures)
    {
        var token = options.BotToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            failures.Add("Slack:BotToken is required (the xoxb-… token under OAuth & Permissions; set it as Slack__BotToken).");
        }
        else if (token.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken holds an app-level token (xapp-…): put it in Slack:AppToken, and the bot token (xoxb-…) here.");
        }
        else if (!token.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken must be a bot token starting with xoxb- (user tokens xoxp- are not used).");
        }
    }

    private static void CheckAppToken(SlackOptions options, List<string> failures)
    {
        var token = options.AppToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            failures.Add("Slack:AppToken is required in socket mode (an app-level token xapp-… with connections:write; set it as Slack__AppToken), or set Slack:Mode to events.");
        }
        else if (token.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken holds a bot token (xoxb-…): put it in Slack:BotToken, and the app-level token (xapp-…) here.");
        }
        else if (!token.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken must be an app-level token starting with xapp-.");
        }
    }

    private static void CheckEventsMode(SlackOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required in events mode (Basic Information → Signing Secret; set it as Slack__SigningSecret): unsigned requests cannot be trusted.");
        }

        if (!Uri.TryCreate(options.EventsUrl, UriKind.Absolute, out var url) || url.Scheme != "http")
        {
            failures.Add("Slack:EventsUrl is required in events mode: where the bot listens, e.g. http://127.0.0.1:3000/slack/events (plain http: TLS ends at the reverse proxy Slack reaches).");
        }
    }

    private static bool IsId(string value, params char[] prefixes) =>
        value.Length >= 3 && prefixes.Contains(value[0]) && value.All(char.IsAsciiLetterOrDigit) && value.All(c => !char.IsAsciiLetterLower(c));
}
