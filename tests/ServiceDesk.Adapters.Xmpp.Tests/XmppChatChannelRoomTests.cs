using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Tests.Support;
using ServiceDesk.Core.Channels;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests;

/// <summary>The technicians' room (XEP-0045) against Prosody's MUC component.</summary>
public sealed class XmppChatChannelRoomTests(ProsodyFixture prosody, ITestOutputHelper output) : IClassFixture<ProsodyFixture>
{
    [Fact]
    public async Task Room_TechnicianSpeaksAndBotAnswers_RoomLinesFlowWithoutOurEcho()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var room = $"techs-{botUser}@{prosody.Server.ConferenceDomain}";
        await using var bot = new BotUnderTest(RoomOptions(botUser, room), output);
        await bot.NextSessionAsync();
        await using var technician = await JoinAsync(alice, room);

        await technician.SendChatAsync(room, "Je prends le ticket 42", "groupchat");
        var line = await bot.NextMessageAsync();
        await bot.SendAsync(new ChannelAddress("xmpp", room) { IsRoom = true }, "Ticket 42 attribué à Alice");
        var answer = await technician.ExpectAsync(e => IsLine(e, $"{room}/ServiceDesk"));
        await technician.SendChatAsync(room, "merci", "groupchat");
        var next = await bot.NextMessageAsync();

        Assert.Equal(new ChannelAddress("xmpp", room) { IsRoom = true }, line.From);
        Assert.Equal("Je prends le ticket 42", line.Text);
        Assert.Equal("Alice", line.DisplayName);
        Assert.Equal(new ChannelAddress("xmpp", prosody.Server.Jid(alice)), line.Speaker);
        Assert.Equal("Ticket 42 attribué à Alice", RawXmppClient.Body(answer));
        Assert.Equal("merci", next.Text);
    }

    [Fact]
    public async Task Room_AfterServerRestart_IsJoinedAgain()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var room = $"techs-{botUser}@{prosody.Server.ConferenceDomain}";
        await using var bot = new BotUnderTest(RoomOptions(botUser, room), output);
        await bot.NextSessionAsync();

        await prosody.Server.StopAsync();
        await prosody.Server.StartAgainAsync();
        var session = await bot.NextSessionAsync();
        await using var technician = await JoinAsync(alice, room);
        await technician.SendChatAsync(room, "toujours là ?", "groupchat");
        var line = await bot.NextMessageAsync();

        Assert.False(session.Resumed);
        Assert.Equal("toujours là ?", line.Text);
        Assert.True(line.From.IsRoom);
    }

    private static bool IsLine(XElement element, string from) =>
        element.Name.LocalName == "message" && (string?)element.Attribute("from") == from && RawXmppClient.Body(element) is not null;

    private XmppOptions RoomOptions(string botUser, string room)
    {
        var options = BotOptions.For(prosody.Server, botUser);
        options.TechnicianRoom = room;
        return options;
    }

    /// <summary>Joins as "Alice" and waits until the bot is seen in the room, so what Alice says reaches it.</summary>
    private async Task<RawXmppClient> JoinAsync(string user, string room)
    {
        var client = await RawXmppClient.ConnectAsync(prosody.Server, user, ProsodyFixture.Password);
        await client.SendAsync($"<presence to='{room}/Alice'><x xmlns='http://jabber.org/protocol/muc'/></presence>");
        await client.ExpectAsync(e => e.Name.LocalName == "presence" && (string?)e.Attribute("from") == $"{room}/ServiceDesk");
        return client;
    }
}
