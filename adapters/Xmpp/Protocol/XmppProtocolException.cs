namespace ServiceDesk.Adapters.Xmpp.Protocol;

/// <summary>The server said or did something the client cannot go on with (stream error, unexpected reply).</summary>
internal sealed class XmppProtocolException(string message, Exception? innerException = null)
    : XmppException(message, innerException);
