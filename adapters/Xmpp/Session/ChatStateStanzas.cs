using System.Xml.Linq;
using Ns = ServiceDesk.Adapters.Xmpp.Protocol.XmppNamespaces;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>Chat-state notifications (XEP-0085) and delivery receipts (XEP-0184) as stanzas.</summary>
internal static class ChatStateStanzas
{
    /// <summary>A standalone notification; the XEP-0334 hint keeps it out of archives.</summary>
    public static XElement Notification(string to, string state, string id) =>
        new("message", new XAttribute("type", "chat"), new XAttribute("to", to), new XAttribute("id", id),
            new XElement(XName.Get(state, Ns.ChatStates)), new XElement(XName.Get("no-store", Ns.Hints)));

    public static XElement Active() => new(XName.Get("active", Ns.ChatStates));

    public static XElement Receipt(string to, string receivedId, string id) =>
        new("message", new XAttribute("to", to), new XAttribute("id", id),
            new XElement(XName.Get("received", Ns.Receipts), new XAttribute("id", receivedId)));
}
