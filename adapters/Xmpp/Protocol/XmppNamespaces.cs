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
    public const string DiscoInfo = "http://jabber.org/protocol/disco#info";
    public const string Caps = "http://jabber.org/protocol/caps";
    public const string Version = "jabber:iq:version";
    public const string Receipts = "urn:xmpp:receipts";
    public const string ChatStates = "http://jabber.org/protocol/chatstates";
    public const string Correction = "urn:xmpp:message-correct:0";
    public const string Hints = "urn:xmpp:hints";
    public const string PubSub = "http://jabber.org/protocol/pubsub";
    public const string AvatarData = "urn:xmpp:avatar:data";
    public const string AvatarMetadata = "urn:xmpp:avatar:metadata";
    public const string VCard = "vcard-temp";
    public const string VCardUpdate = "vcard-temp:x:update";
    public const string Styling = "urn:xmpp:styling:0";
}
