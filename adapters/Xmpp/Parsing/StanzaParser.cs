using System.Globalization;
using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using Ns = ServiceDesk.Adapters.Xmpp.Protocol.XmppNamespaces;

namespace ServiceDesk.Adapters.Xmpp.Parsing;

/// <summary>Pure translation of received elements into typed stanzas; never throws on odd input.</summary>
internal static class StanzaParser
{
    public static Stanza Parse(XElement element) => (element.Name.NamespaceName, element.Name.LocalName) switch
    {
        (Ns.Client, "message") => ParseMessage(element),
        (Ns.Client, "presence") => ParsePresence(element),
        (Ns.Client, "iq") => ParseIq(element),
        (Ns.StreamManagement, "r") => new AckRequestStanza(),
        (Ns.StreamManagement, "a") when ParseCounter(element) is { } h => new AckStanza(h),
        (Ns.Streams, "error") => ParseStreamError(element),
        _ => new UnsupportedStanza(element.Name),
    };

    public static StreamFeatures ParseFeatures(XElement features)
    {
        XNamespace sasl = Ns.Sasl;
        var session = features.Element(XName.Get("session", Ns.Session));
        return new StreamFeatures(
            StartTls: features.Element(XName.Get("starttls", Ns.Tls)) is not null,
            Mechanisms: [.. features.Elements(sasl + "mechanisms").Elements(sasl + "mechanism").Select(m => m.Value.Trim())],
            Bind: features.Element(XName.Get("bind", Ns.Bind)) is not null,
            SessionRequired: session is not null && session.Element(XName.Get("optional", Ns.Session)) is null,
            StreamManagement: features.Element(XName.Get("sm", Ns.StreamManagement)) is not null);
    }

    /// <summary>The <c>h</c> attribute of an ack, resumed or failed element, if present and valid.</summary>
    public static uint? ParseCounter(XElement element) =>
        uint.TryParse((string?)element.Attribute("h"), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : null;

    private static MessageStanza ParseMessage(XElement message)
    {
        var kind = (string?)message.Attribute("type") switch
        {
            "chat" => MessageKind.Chat,
            "groupchat" => MessageKind.Groupchat,
            "headline" => MessageKind.Headline,
            "error" => MessageKind.Error,
            _ => MessageKind.Normal,
        };
        var body = message.Element(XName.Get("body", Ns.Client))?.Value;
        return new MessageStanza(
            Jid.TryParse((string?)message.Attribute("from")),
            (string?)message.Attribute("id"),
            kind,
            body,
            IsDelayed: message.Element(XName.Get("delay", Ns.Delay)) is not null,
            HasSubject: message.Element(XName.Get("subject", Ns.Client)) is not null)
        {
            ReceiptRequested = message.Element(XName.Get("request", Ns.Receipts)) is not null,
            HasChatState = message.Elements().Any(e => e.Name.NamespaceName == Ns.ChatStates),
            Replaces = (string?)message.Element(XName.Get("replace", Ns.Correction))?.Attribute("id") is { Length: > 0 } replaced ? replaced : null,
        };
    }

    private static PresenceStanza ParsePresence(XElement presence)
    {
        var kind = (string?)presence.Attribute("type") switch
        {
            null => PresenceKind.Available,
            "unavailable" => PresenceKind.Unavailable,
            "subscribe" => PresenceKind.Subscribe,
            "subscribed" => PresenceKind.Subscribed,
            "unsubscribe" => PresenceKind.Unsubscribe,
            "unsubscribed" => PresenceKind.Unsubscribed,
            "probe" => PresenceKind.Probe,
            _ => PresenceKind.Error,
        };
        return new PresenceStanza(Jid.TryParse((string?)presence.Attribute("from")), kind, ParseOccupant(presence));
    }

    private static OccupantInfo? ParseOccupant(XElement presence)
    {
        XNamespace mucUser = Ns.MucUser;
        var x = presence.Element(mucUser + "x");
        if (x is null)
        {
            return null;
        }

        var realJid = Jid.TryParse((string?)x.Element(mucUser + "item")?.Attribute("jid"));
        var codes = x.Elements(mucUser + "status")
            .Select(s => int.TryParse((string?)s.Attribute("code"), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0)
            .Where(c => c > 0);
        return new OccupantInfo(realJid, [.. codes]);
    }

    private static IqStanza ParseIq(XElement iq)
    {
        var kind = (string?)iq.Attribute("type") switch
        {
            "get" => IqKind.Get,
            "set" => IqKind.Set,
            "result" => IqKind.Result,
            _ => IqKind.Error,
        };
        var payload = iq.Elements().FirstOrDefault(e => e.Name.NamespaceName != Ns.Client);
        return new IqStanza((string?)iq.Attribute("id"), kind, Jid.TryParse((string?)iq.Attribute("from")), payload?.Name)
        {
            Node = (string?)payload?.Attribute("node"),
        };
    }

    private static StreamErrorStanza ParseStreamError(XElement error)
    {
        var condition = error.Elements().FirstOrDefault(e => e.Name.NamespaceName == Ns.StreamErrors && e.Name.LocalName != "text");
        var text = error.Element(XName.Get("text", Ns.StreamErrors))?.Value;
        return new StreamErrorStanza(condition?.Name.LocalName ?? "undefined-condition", text);
    }
}
