using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Avatar;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using Ns = ServiceDesk.Adapters.Xmpp.Protocol.XmppNamespaces;

namespace ServiceDesk.Adapters.Xmpp.Discovery;

/// <summary>Answers about the bot (disco#info, software version) and the presence that announces it.</summary>
internal static class DiscoveryStanzas
{
    public static XElement DiscoInfo(IqStanza request, BotIdentity bot)
    {
        XNamespace disco = Ns.DiscoInfo;
        var query = new XElement(disco + "query");
        if (request.Node is { } node)
        {
            query.SetAttributeValue("node", node);
        }

        foreach (var identity in bot.Identities)
        {
            query.Add(new XElement(disco + "identity",
                new XAttribute("category", identity.Category), new XAttribute("type", identity.Type), new XAttribute("name", identity.Name)));
        }

        query.Add(bot.Features.Select(f => new XElement(disco + "feature", new XAttribute("var", f))));
        return WithPayload(StanzaBuilder.IqResult(request), query);
    }

    public static XElement Version(IqStanza request, BotIdentity bot)
    {
        XNamespace version = Ns.Version;
        return WithPayload(StanzaBuilder.IqResult(request),
            new XElement(version + "query", new XElement(version + "name", bot.Name), new XElement(version + "version", bot.Version)));
    }

    /// <summary>Available, with a status text, the XEP-0115 capabilities and the XEP-0153 photo hash.</summary>
    public static XElement Presence(BotIdentity bot, string? status, BotAvatar? avatar)
    {
        XNamespace caps = Ns.Caps;
        var presence = StanzaBuilder.Presence();
        if (!string.IsNullOrWhiteSpace(status))
        {
            presence.Add(new XElement("status", status));
        }

        presence.Add(new XElement(caps + "c",
            new XAttribute("hash", "sha-1"), new XAttribute("node", BotIdentity.CapsNode), new XAttribute("ver", bot.CapsVer)));
        presence.Add(AvatarStanzas.PresenceUpdate(avatar));
        return presence;
    }

    private static XElement WithPayload(XElement iq, XElement payload)
    {
        iq.Add(payload);
        return iq;
    }
}
