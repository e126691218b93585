namespace ServiceDesk.Adapters.Xmpp.Protocol;

/// <summary>SASL failed: wrong credentials, a server that could not prove it knows them, or no acceptable mechanism.</summary>
internal sealed class XmppAuthenticationException(string message) : XmppException(message);
