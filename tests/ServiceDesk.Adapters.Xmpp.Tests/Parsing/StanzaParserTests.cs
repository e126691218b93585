using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Parsing;
using ServiceDesk.Adapters.Xmpp.Stanzas;

namespace ServiceDesk.Adapters.Xmpp.Tests.Parsing;

public sealed class StanzaParserTests
{
    private const string Client = "xmlns='jabber:client'";

    [Fact]
    public void Parse_ChatWithBody_ReturnsMessageWithLowercaseSender()
    {
        var stanza = Parse($"<message {Client} type='chat' from='Alice@LocalHost/Laptop' id='x1'><body>Bonjour</body></message>");

        var message = Assert.IsType<MessageStanza>(stanza);
        Assert.Equal(MessageKind.Chat, message.Kind);
        Assert.Equal("alice@localhost", message.From!.Value.Bare);
        Assert.Equal("Laptop", message.From.Value.Resource);
        Assert.Equal("Bonjour", message.Body);
        Assert.Equal("x1", message.Id);
        Assert.False(message.IsDelayed);
    }

    [Fact]
    public void Parse_MessageWithoutType_IsNormal()
    {
        var message = Assert.IsType<MessageStanza>(Parse($"<message {Client} from='a@b'><body>x</body></message>"));

        Assert.Equal(MessageKind.Normal, message.Kind);
    }

    [Fact]
    public void Parse_ChatStateOnly_HasNoBody()
    {
        var message = Assert.IsType<MessageStanza>(Parse(
            $"<message {Client} type='chat' from='a@b'><composing xmlns='http://jabber.org/protocol/chatstates'/></message>"));

        Assert.Null(message.Body);
    }

    [Fact]
    public void Parse_GroupchatHistory_IsDelayedWithSender()
    {
        var message = Assert.IsType<MessageStanza>(Parse(
            $"<message {Client} type='groupchat' from='techs@conference.localhost/Bob'><body>old</body>" +
            "<delay xmlns='urn:xmpp:delay' stamp='2026-01-01T00:00:00Z'/></message>"));

        Assert.Equal(MessageKind.Groupchat, message.Kind);
        Assert.True(message.IsDelayed);
        Assert.Equal("Bob", message.From!.Value.Resource);
    }

    [Theory]
    [InlineData("subscribe", "Subscribe")]
    [InlineData("unsubscribe", "Unsubscribe")]
    [InlineData("unavailable", "Unavailable")]
    [InlineData("error", "Error")]
    public void Parse_PresenceType_MapsKind(string type, string expected)
    {
        var presence = Assert.IsType<PresenceStanza>(Parse($"<presence {Client} type='{type}' from='a@b'/>"));

        Assert.Equal(Enum.Parse<PresenceKind>(expected), presence.Kind);
    }

    [Fact]
    public void Parse_RoomSelfPresence_ReadsRealJidAndStatusCodes()
    {
        var presence = Assert.IsType<PresenceStanza>(Parse(
            $"<presence {Client} from='techs@conference.localhost/ServiceDesk'>" +
            "<x xmlns='http://jabber.org/protocol/muc#user'><item jid='Bot@localhost/servicedesk' role='moderator'/>" +
            "<status code='110'/><status code='201'/></x></presence>"));

        Assert.Equal(PresenceKind.Available, presence.Kind);
        Assert.Equal("bot@localhost", presence.Occupant!.RealJid!.Value.Bare);
        Assert.True(presence.Occupant.IsSelf);
        Assert.True(presence.Occupant.RoomCreated);
    }

    [Fact]
    public void Parse_PingRequest_ReturnsIqWithPayload()
    {
        var iq = Assert.IsType<IqStanza>(Parse($"<iq {Client} type='get' id='p1' from='a@b/c'><ping xmlns='urn:xmpp:ping'/></iq>"));

        Assert.Equal(IqKind.Get, iq.Kind);
        Assert.True(iq.IsRequest);
        Assert.Equal(XName.Get("ping", "urn:xmpp:ping"), iq.Payload);
    }

    [Fact]
    public void Parse_StreamManagementElements_AreTyped()
    {
        Assert.IsType<AckRequestStanza>(Parse("<r xmlns='urn:xmpp:sm:3'/>"));
        Assert.Equal(new AckStanza(4294967295), Parse("<a xmlns='urn:xmpp:sm:3' h='4294967295'/>"));
        Assert.IsType<UnsupportedStanza>(Parse("<a xmlns='urn:xmpp:sm:3' h='-1'/>"));
    }

    [Fact]
    public void Parse_StreamError_ReadsCondition()
    {
        var error = Assert.IsType<StreamErrorStanza>(Parse(
            "<stream:error xmlns:stream='http://etherx.jabber.org/streams'>" +
            "<system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>" +
            "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>bye</text></stream:error>"));

        Assert.Equal("system-shutdown", error.Condition);
        Assert.Equal("bye", error.Text);
    }

    [Fact]
    public void Parse_UnknownElement_IsUnsupported()
    {
        Assert.IsType<UnsupportedStanza>(Parse("<whatever xmlns='urn:example'/>"));
    }

    [Fact]
    public void ParseFeatures_AfterAuthentication_ReadsBindSessionAndSm()
    {
        var features = StanzaParser.ParseFeatures(XElement.Parse(
            "<stream:features xmlns:stream='http://etherx.jabber.org/streams'>" +
            "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>" +
            "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session>" +
            "<sm xmlns='urn:xmpp:sm:3'/></stream:features>"));

        Assert.True(features.Bind);
        Assert.False(features.SessionRequired);
        Assert.True(features.StreamManagement);
        Assert.False(features.StartTls);
        Assert.Empty(features.Mechanisms);
    }

    [Fact]
    public void ParseFeatures_BeforeAuthentication_ReadsTlsAndMechanisms()
    {
        var features = StanzaParser.ParseFeatures(XElement.Parse(
            "<stream:features xmlns:stream='http://etherx.jabber.org/streams'>" +
            "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>" +
            "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism>" +
            "<mechanism>PLAIN</mechanism></mechanisms></stream:features>"));

        Assert.True(features.StartTls);
        Assert.Equal(["SCRAM-SHA-1", "PLAIN"], features.Mechanisms);
        Assert.False(features.Bind);
    }

    private static Stanza Parse(string xml) => StanzaParser.Parse(XElement.Parse(xml));

    [Fact]
    public void Parse_MessageAskingReceiptWithChatStateCorrectingAnother_ReadsAllThree()
    {
        var element = XElement.Parse(
            "<message xmlns='jabber:client' type='chat' from='alice@localhost/phone' id='m2'><body>Outlook</body>" +
            "<request xmlns='urn:xmpp:receipts'/><active xmlns='http://jabber.org/protocol/chatstates'/>" +
            "<replace xmlns='urn:xmpp:message-correct:0' id='m1'/></message>");

        var message = Assert.IsType<MessageStanza>(StanzaParser.Parse(element));

        Assert.True(message.ReceiptRequested);
        Assert.True(message.HasChatState);
        Assert.Equal("m1", message.Replaces);
    }

    [Fact]
    public void Parse_PlainMessage_AsksNothingAndCorrectsNothing()
    {
        var message = Assert.IsType<MessageStanza>(StanzaParser.Parse(XElement.Parse("<message xmlns='jabber:client' type='chat'><body>a</body><replace xmlns='urn:xmpp:message-correct:0'/></message>")));

        Assert.False(message.ReceiptRequested);
        Assert.False(message.HasChatState);
        Assert.Null(message.Replaces);
    }

    [Fact]
    public void Parse_DiscoInfoWithNode_KeepsTheNode()
    {
        var iq = Assert.IsType<IqStanza>(StanzaParser.Parse(XElement.Parse(
            "<iq xmlns='jabber:client' type='get' id='d1'><query xmlns='http://jabber.org/protocol/disco#info' node='urn:x#ver'/></iq>")));

        Assert.Equal("urn:x#ver", iq.Node);
    }
}
