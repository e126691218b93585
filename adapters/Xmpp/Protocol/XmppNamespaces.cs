namespace ServiceDesk.Adapters.Xmpp.Protocol;

/// <summary>The XML namespaces the client speaks (RFC 6120/6121 and the XEPs it implements).</summary>
internal static class XmppNamespaces
{
    public const string Client = "jabber:client";
    public const string Streams = "http://etherx.jabber.org/streams";
    public const string StreamErrors = "urn:ietf:params:xml:ns:xmpp-streams";
    public const string Tls = "urn:ietf:params:xml:ns:xmpp-tls";
    public const string Sasl = "urn:ietf:params:xml:ns:xmpp-sasl";
    public const string Bind = "urn:ietf:params:xml:ns:xmpp-bind";
    public const string Session = "urn:ietf:params:xml:ns:xmpp-session";
    public const string StanzaErrors = "urn:ietf:params:xml:ns:xmpp-stanzas";
    public const string StreamManagement = "urn:xmpp:sm:3";
    public const string Ping = "urn:xmpp:ping";
    public const string Delay = "urn:xmpp:delay";
    public const string Muc = "http://jabber.org/protocol/muc";
    public const string MucUser = "http://jabber.org/protocol/muc#user";
    public const string MucOwner = "http://jabber.org/protocol/muc#owner";
    public const string DataForms = "jabber:x:data";
}
