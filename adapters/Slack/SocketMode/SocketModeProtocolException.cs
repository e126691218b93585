namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>The Socket Mode server did not say hello in time, or said something else first; the connection is dropped and opened again.</summary>
public sealed class SocketModeProtocolException : Exception
{
    public SocketModeProtocolException()
    {
    }

    public SocketModeProtocolException(string message)
        : base(message)
    {
    }

    public SocketModeProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
