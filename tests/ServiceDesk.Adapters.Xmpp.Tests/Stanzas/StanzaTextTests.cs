using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Avatar;
using ServiceDesk.Adapters.Xmpp.Discovery;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Rendering;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Tests.Stanzas;

/// <summary>
/// The stanza text written without an XmlWriter parses to the very element it was written from, for every stanza the
/// adapter builds and for text that needs escaping; what it does not write itself is written as XElement.ToString does.
/// </summary>
public sealed class StanzaTextTests
{
    private const string Tricky = "Tom & Jerry <tom@example.com> \"quoted\" 'single' > \t tab\nnew line\r\nCRLF é ü 😀 ]]> &amp;";

    public static TheoryData<string> Stanzas()
    {
        var request = new IqStanza("q1", IqKind.Get, Jid.TryParse("alice@localhost/phone"), XName.Get("query", "http://jabber.org/protocol/disco#info"));
        var avatar = BotAvatar.FromPng(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "avatar.png")));
        var stanzas = new List<XElement>
        {
            StanzaBuilder.Message("alice@localhost", "m1", "chat", Tricky),
            StanzaBuilder.Message("room@conference.localhost", "m2", "groupchat", ""),
            StanzaBuilder.IqResult(request),
            StanzaBuilder.IqError(request, "cancel", "feature-not-implemented"),
            StanzaBuilder.Presence(),
            StanzaBuilder.Presence("alice@localhost", "subscribed"),
            StanzaBuilder.RoomJoin("room@conference.localhost/ServiceDesk"),
            StanzaBuilder.InstantRoom("room@conference.localhost", "r1"),
            StanzaBuilder.Bind("bot", "b1"),
            StanzaBuilder.Session("s1"),
            StanzaBuilder.StartTls(),
            StanzaBuilder.SaslAuth("SCRAM-SHA-1", [1, 2, 3, 250]),
            StanzaBuilder.SmEnable(),
            StanzaBuilder.SmResume("previous<&>", 42),
            StanzaBuilder.SmAck(7),
            StanzaBuilder.SmRequest(),
            ChatStateStanzas.Notification("alice@localhost", "composing", "c1"),
            ChatStateStanzas.Receipt("alice@localhost/phone", "m\"1", "r2"),
            DiscoveryStanzas.DiscoInfo(request, BotIdentity.Default),
            DiscoveryStanzas.Version(request, BotIdentity.Default),
            DiscoveryStanzas.Presence(BotIdentity.Default, "Disponible & à l'écoute", avatar),
            new XElement("message", new XAttribute(XNamespace.Xml + "lang", "fr"), new XElement("body", "Bonjour")),
        };
        if (avatar is not null)
        {
            stanzas.Add(AvatarStanzas.PublishData(avatar, "a1"));
            stanzas.Add(AvatarStanzas.PublishMetadata(avatar, "a2"));
            stanzas.Add(AvatarStanzas.VCard(avatar, "ServiceDesk", "a3"));
            stanzas.Add(AvatarStanzas.PresenceUpdate(avatar));
        }

        var rendered = OutboundRenderer.Render(
            new OutboundMessage(new ChannelAddress("xmpp", "alice@localhost"), "Votre demande *Outlook* : _bloqué_ ?") { Choices = ["Oui, bloqué", "Non <gênant>"] },
            "o1", active: true);
        var data = new TheoryData<string>(rendered.Xml);
        foreach (var stanza in stanzas)
        {
            data.Add(stanza.ToString(SaveOptions.DisableFormatting));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Stanzas))]
    public void Write_EveryStanzaTheAdapterBuilds_ParsesBackToTheSameElement(string original)
    {
        var element = XElement.Parse(original, LoadOptions.PreserveWhitespace);
        StripDeclarations(element);

        var written = StanzaText.Write(element);

        Assert.True(XNode.DeepEquals(element, StripDeclarations(XElement.Parse(written, LoadOptions.PreserveWhitespace))), written);
    }

    [Fact]
    public void Write_TextAndAttributesThatNeedEscaping_KeepEveryCharacter()
    {
        var element = new XElement("message", new XAttribute("id", Tricky), new XElement("body", Tricky));

        var parsed = XElement.Parse(StanzaText.Write(element), LoadOptions.PreserveWhitespace);

        Assert.Equal(Tricky, parsed.Attribute("id")?.Value);
        Assert.Equal(Tricky, parsed.Element("body")?.Value);
    }

    [Fact]
    public void Write_NamespacesChangeAndReturn_DeclaresEachWhereItChanges()
    {
        XNamespace a = "urn:a";
        var element = new XElement("message", new XElement(a + "x", new XElement(a + "y"), new XElement("plain")));

        var written = StanzaText.Write(element);

        Assert.Equal("<message><x xmlns=\"urn:a\"><y/><plain xmlns=\"\"/></x></message>", written);
    }

    [Fact]
    public void Write_ACommentOrCData_IsWrittenAsXElementWritesIt()
    {
        var element = new XElement("message", new XComment("note"), new XElement("body", new XCData("a < b")));

        Assert.Equal(element.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces), StanzaText.Write(element));
    }

    [Fact]
    public void Write_ACharacterXmlDoesNotAllow_IsRefusedAsBefore()
    {
        var element = new XElement("message", new XElement("body", "bell \u0007"));

        Assert.Throws<ArgumentException>(() => StanzaText.Write(element));
    }

    private static XElement StripDeclarations(XElement element)
    {
        foreach (var e in element.DescendantsAndSelf())
        {
            e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        }

        return element;
    }
}
