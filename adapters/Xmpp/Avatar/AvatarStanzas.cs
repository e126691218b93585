using System.Globalization;
using System.Xml.Linq;
using Ns = ServiceDesk.Adapters.Xmpp.Protocol.XmppNamespaces;

namespace ServiceDesk.Adapters.Xmpp.Avatar;

/// <summary>
/// Publishing the avatar: XEP-0084 (the picture, then its metadata, on our own PEP nodes: clients that follow
/// the metadata node fetch the picture) and XEP-0153 (a vCard with the photo, for older clients, which learn its
/// hash from our presence).
/// </summary>
internal static class AvatarStanzas
{
    public static XElement PublishData(BotAvatar avatar, string id)
    {
        XNamespace data = Ns.AvatarData;
        return Publish(Ns.AvatarData, avatar.Id, new XElement(data + "data", Convert.ToBase64String(avatar.Bytes)), id);
    }

    public static XElement PublishMetadata(BotAvatar avatar, string id)
    {
        XNamespace metadata = Ns.AvatarMetadata;
        var info = new XElement(metadata + "info",
            new XAttribute("bytes", avatar.Bytes.Length.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("id", avatar.Id),
            new XAttribute("type", BotAvatar.MediaType),
            new XAttribute("height", avatar.Height.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("width", avatar.Width.ToString(CultureInfo.InvariantCulture)));
        return Publish(Ns.AvatarMetadata, avatar.Id, new XElement(metadata + "metadata", info), id);
    }

    public static XElement VCard(BotAvatar avatar, string name, string id)
    {
        XNamespace vcard = Ns.VCard;
        return new XElement("iq", new XAttribute("type", "set"), new XAttribute("id", id),
            new XElement(vcard + "vCard",
                new XElement(vcard + "FN", name),
                new XElement(vcard + "PHOTO",
                    new XElement(vcard + "TYPE", BotAvatar.MediaType),
                    new XElement(vcard + "BINVAL", Convert.ToBase64String(avatar.Bytes)))));
    }

    /// <summary>XEP-0153 §3.2: the photo hash in every presence, so clients know when to fetch the vCard.</summary>
    public static XElement PresenceUpdate(BotAvatar? avatar)
    {
        XNamespace update = Ns.VCardUpdate;
        return new XElement(update + "x", new XElement(update + "photo", avatar?.Id));
    }

    private static XElement Publish(string node, string itemId, XElement payload, string id)
    {
        XNamespace pubsub = Ns.PubSub;
        return new XElement("iq", new XAttribute("type", "set"), new XAttribute("id", id),
            new XElement(pubsub + "pubsub",
                new XElement(pubsub + "publish", new XAttribute("node", node),
                    new XElement(pubsub + "item", new XAttribute("id", itemId), payload))));
    }
}
