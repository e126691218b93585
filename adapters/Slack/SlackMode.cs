namespace ServiceDesk.Adapters.Slack;

/// <summary>How Slack reaches the bot: a WebSocket the bot opens (no public URL), or HTTP requests Slack sends.</summary>
public enum SlackMode
{
    /// <summary>Socket Mode: the bot opens the connection with its app-level token (the default).</summary>
    Socket,

    /// <summary>HTTP Events API: Slack posts signed requests to <see cref="SlackOptions.EventsUrl"/>.</summary>
    Events,
}
