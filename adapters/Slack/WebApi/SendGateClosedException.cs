namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>
/// A message was not sent because the channel's send gate (<see cref="Core.Channels.ISendGate"/>) was closed when it was
/// about to leave: on a shared store, this instance may no longer send (another one holds the lease).
/// </summary>
public sealed class SendGateClosedException : InvalidOperationException
{
    public SendGateClosedException()
        : base("Not sent: this instance may no longer send (another one holds the lease).")
    {
    }

    public SendGateClosedException(string message)
        : base(message)
    {
    }

    public SendGateClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
