namespace ServiceDesk.Adapters.Xmpp.Protocol;

/// <summary>
/// Base of the adapter's own failures. Every one of them means "this stream is no longer usable":
/// the connection loop logs it and reconnects; none of them ends the process.
/// </summary>
internal abstract class XmppException : Exception
{
    protected XmppException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
