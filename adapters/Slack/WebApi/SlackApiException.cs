namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>Slack answered a Web API call with <c>ok:false</c> (or something that is not its JSON envelope).</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
        Method = "";
        Error = "";
    }

    public SlackApiException(string message)
        : base(message)
    {
        Method = "";
        Error = "";
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "";
        Error = "";
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's short error code, e.g. <c>channel_not_found</c>.</summary>
    public string Error { get; }

    /// <summary>Errors after which retrying with the same token cannot help (the SDKs stop reconnecting on them).</summary>
    public bool IsUnrecoverable => Error is "not_authed" or "invalid_auth" or "account_inactive" or "token_revoked"
        or "user_removed_from_team" or "team_disabled" or "missing_scope";
}
