using System.Globalization;
using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Protocol;
using Ns = ServiceDesk.Adapters.Xmpp.Protocol.XmppNamespaces;

namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>
/// Pure construction of what the client sends. Stanzas are built without a namespace so they inherit
/// the stream's default <c>jabber:client</c>; their payloads carry their own.
/// </summary>
internal static class StanzaBuilder
{
    public static string StreamHeader(string domain) =>
        $"<?xml version='1.0'?><stream:stream xmlns='{Ns.Client}' xmlns:stream='{Ns.Streams}' " +
        $"to='{System.Security.SecurityElement.Escape(domain)}' version='1.0'>";

    public const string StreamFooter = "</stream:stream>";

    public static string Serialize(XElement element) => StanzaText.Write(element);

    public static XElement Message(string to, string id, string type, string body) =>
        new("message", new XAttribute("type", type), new XAttribute("to", to), new XAttribute("id", id),
            new XElement("body", XmlCharacters.Clean(body)));

    public static XElement IqResult(IqStanza request) =>
        Reply(request, "result");

    public static XElement IqError(IqStanza request, string type, string condition)
    {
        var reply = Reply(request, "error");
        reply.Add(new XElement("error", new XAttribute("type", type), new XElement(XName.Get(condition, Ns.StanzaErrors))));
        return reply;
    }

    public static XElement Presence() => new("presence");

    public static XElement Presence(string to, string type) =>
        new("presence", new XAttribute("to", to), new XAttribute("type", type));

    public static XElement RoomJoin(string occupantJid)
    {
        XNamespace muc = Ns.Muc;
        return new("presence", new XAttribute("to", occupantJid),
            new XElement(muc + "x", new XElement(muc + "history", new XAttribute("maxstanzas", "0"))));
    }

    /// <summary>XEP-0045 §10.1.2: accept the default configuration of a room we just created (unlocks it).</summary>
    public static XElement InstantRoom(string roomJid, string id)
    {
        XNamespace owner = Ns.MucOwner;
        XNamespace forms = Ns.DataForms;
        return new("iq", new XAttribute("type", "set"), new XAttribute("to", roomJid), new XAttribute("id", id),
            new XElement(owner + "query", new XElement(forms + "x", new XAttribute("type", "submit"))));
    }

    public static XElement Bind(string resource, string id)
    {
        XNamespace bind = Ns.Bind;
        return new("iq", new XAttribute("type", "set"), new XAttribute("id", id),
            new XElement(bind + "bind", new XElement(bind + "resource", resource)));
    }

    public static XElement Session(string id) =>
        new("iq", new XAttribute("type", "set"), new XAttribute("id", id), new XElement(XName.Get("session", Ns.Session)));

    public static XElement StartTls() => new(XName.Get("starttls", Ns.Tls));

    public static XElement SaslAuth(string mechanism, byte[] payload) =>
        new(XName.Get("auth", Ns.Sasl), new XAttribute("mechanism", mechanism), SaslPayload(payload));

    public static XElement SaslResponse(byte[] payload) => new(XName.Get("response", Ns.Sasl), SaslPayload(payload));

    public static XElement SmEnable() => new(XName.Get("enable", Ns.StreamManagement), new XAttribute("resume", "true"));

    public static XElement SmResume(string previousId, uint handled) =>
        new(XName.Get("resume", Ns.StreamManagement), new XAttribute("previd", previousId), Counter(handled));

    public static XElement SmAck(uint handled) => new(XName.Get("a", Ns.StreamManagement), Counter(handled));

    public static XElement SmRequest() => new(XName.Get("r", Ns.StreamManagement));

    private static XElement Reply(IqStanza request, string type)
    {
        var reply = new XElement("iq", new XAttribute("type", type));
        if (request.Id is not null)
        {
            reply.SetAttributeValue("id", request.Id);
        }

        if (request.From is { } from)
        {
            reply.SetAttributeValue("to", from.ToString());
        }

        return reply;
    }

    private static string SaslPayload(byte[] payload) => Convert.ToBase64String(payload);

    private static XAttribute Counter(uint handled) => new("h", handled.ToString(CultureInfo.InvariantCulture));
}
