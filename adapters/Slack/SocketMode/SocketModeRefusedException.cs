namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>Slack closed or refused a Socket Mode connection for a reason reconnecting cannot fix (<c>link_disabled</c>: Socket Mode turned off in the app's settings).</summary>
public sealed class SocketModeRefusedException : Exception
{
    public SocketModeRefusedException()
    {
    }

    public SocketModeRefusedException(string message)
        : base(message)
    {
    }

    public SocketModeRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
