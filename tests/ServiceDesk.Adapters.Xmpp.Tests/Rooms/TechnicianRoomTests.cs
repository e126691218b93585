using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Rooms;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Tests.Rooms;

public sealed class TechnicianRoomTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToInbound_OccupantWithRealJid_NamesSpeaker()
    {
        var room = new TechnicianRoom("Techs@Conference.Localhost", "ServiceDesk");
        room.OnPresence(Presence("Bob", "bob@localhost/pc"));

        var inbound = room.ToInbound(Line("Bob", "je prends le 42"), Now);

        Assert.NotNull(inbound);
        Assert.Equal(new ChannelAddress("xmpp", "techs@conference.localhost") { IsRoom = true }, inbound.From);
        Assert.Equal("Bob", inbound.DisplayName);
        Assert.Equal(new ChannelAddress("xmpp", "bob@localhost"), inbound.Speaker);
        Assert.Equal("je prends le 42", inbound.Text);
        Assert.Equal(Now, inbound.ReceivedAt);
    }

    [Fact]
    public void ToInbound_AnonymousRoom_HasNoSpeaker()
    {
        var room = new TechnicianRoom("techs@conference.localhost", "ServiceDesk");
        room.OnPresence(Presence("Bob", realJid: null));

        var inbound = room.ToInbound(Line("Bob", "hello"), Now);

        Assert.Null(inbound!.Speaker);
    }

    [Fact]
    public void ToInbound_OurOwnEchoHistoryOrSubject_IsNull()
    {
        var room = new TechnicianRoom("techs@conference.localhost", "ServiceDesk");

        Assert.Null(room.ToInbound(Line("ServiceDesk", "echo"), Now));
        Assert.Null(room.ToInbound(Line("Bob", "old") with { IsDelayed = true }, Now));
        Assert.Null(room.ToInbound(Line("Bob", "topic") with { HasSubject = true }, Now));
        Assert.Null(room.ToInbound(Line("Bob", " "), Now));
    }

    [Fact]
    public void OnPresence_SelfPresenceOfNewRoom_AsksForConfiguration()
    {
        var room = new TechnicianRoom("techs@conference.localhost", "ServiceDesk");
        var self = Presence("ServiceDesk", "bot@localhost/servicedesk") with
        {
            Occupant = new OccupantInfo(Jid.TryParse("bot@localhost/servicedesk"), [110, 201]),
        };

        Assert.True(room.OnPresence(self));
        Assert.False(room.OnPresence(Presence("Bob", "bob@localhost")));
    }

    private static PresenceStanza Presence(string nick, string? realJid) =>
        new(Jid.TryParse($"techs@conference.localhost/{nick}"), PresenceKind.Available, new OccupantInfo(Jid.TryParse(realJid), []));

    private static MessageStanza Line(string nick, string body) =>
        new(Jid.TryParse($"techs@conference.localhost/{nick}"), "g1", MessageKind.Groupchat, body, IsDelayed: false, HasSubject: false);
}
