using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Rendering;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Tests.Rendering;

public sealed class OutboundRendererTests
{
    [Fact]
    public void Render_PersonWithoutChoices_IsChatMessage()
    {
        var stanza = OutboundRenderer.Render(new OutboundMessage(new ChannelAddress("xmpp", "alice@localhost"), "Bonjour"), "id1");

        var element = XElement.Parse(stanza.Xml);
        Assert.True(stanza.IsMessage);
        Assert.Equal("message", element.Name.LocalName);
        Assert.Equal("chat", (string?)element.Attribute("type"));
        Assert.Equal("alice@localhost", (string?)element.Attribute("to"));
        Assert.Equal("id1", (string?)element.Attribute("id"));
        Assert.Equal("Bonjour", element.Element("body")!.Value);
    }

    [Fact]
    public void Render_WithChoices_AppendsNumberedLinesAfterBlankLine()
    {
        var message = new OutboundMessage(new ChannelAddress("xmpp", "alice@localhost"), "Qui est touché ?")
        {
            Choices = ["Juste moi", "Mon équipe", "Toute l'entreprise"],
        };

        var body = XElement.Parse(OutboundRenderer.Render(message, "id2").Xml).Element("body")!.Value;

        Assert.Equal("Qui est touché ?\n\n1. Juste moi\n2. Mon équipe\n3. Toute l'entreprise", body);
    }

    [Fact]
    public void Render_Room_IsGroupchat()
    {
        var room = new ChannelAddress("xmpp", "techs@conference.localhost") { IsRoom = true };

        var element = XElement.Parse(OutboundRenderer.Render(new OutboundMessage(room, "Ticket 42"), "id3").Xml);

        Assert.Equal("groupchat", (string?)element.Attribute("type"));
    }

    [Fact]
    public void Render_TextWithCharactersXmlCannotCarry_DropsThemAndKeepsTheRest()
    {
        var message = new OutboundMessage(new ChannelAddress("xmpp", "a@b"), "ok\u0001 <é> & 😀");

        var body = XElement.Parse(OutboundRenderer.Render(message, "id4").Xml).Element("body")!.Value;

        Assert.Equal("ok <é> & 😀", body);
    }

    [Fact]
    public void Render_OtherChannel_Throws()
    {
        var message = new OutboundMessage(new ChannelAddress("slack", "U123"), "hi");

        Assert.Throws<ArgumentException>(() => OutboundRenderer.Render(message, "id5"));
    }

    [Fact]
    public void Render_ToAPersonWithActive_StylesTheTextAndEndsComposing()
    {
        var message = new OutboundMessage(new ChannelAddress("xmpp", "alice@localhost"), "Votre demande #3 est enregistrée, priorité P2.");

        var element = XElement.Parse(OutboundRenderer.Render(message, "id6", active: true).Xml);

        Assert.Equal("Votre demande *#3* est enregistrée, priorité *P2*.", element.Element("body")!.Value);
        Assert.NotNull(element.Element(XName.Get("active", "http://jabber.org/protocol/chatstates")));
    }

    [Fact]
    public void Render_ToTheRoom_OnlyEscapesSoCommandsStayAsTyped()
    {
        var room = new ChannelAddress("xmpp", "techs@conference.localhost") { IsRoom = true };

        var body = XElement.Parse(OutboundRenderer.Render(new OutboundMessage(room, "Nouveau ticket #4 · P2 — « *urgent* »"), "id7").Xml).Element("body")!.Value;

        Assert.Equal("Nouveau ticket #4 · P2 — « \u2060*urgent* »", body);
    }

    [Fact]
    public void Render_StylingOff_SendsThePlainText()
    {
        var message = new OutboundMessage(new ChannelAddress("xmpp", "alice@localhost"), "/problem cause P1 *texte*");

        Assert.Equal("/problem cause P1 *texte*", XElement.Parse(OutboundRenderer.Render(message, "id8", styled: false).Xml).Element("body")!.Value);
    }
}
