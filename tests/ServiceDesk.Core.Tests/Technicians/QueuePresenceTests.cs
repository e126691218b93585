using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary><c>/queue</c> says who is on duty in the technicians' room, as the channel reports it.</summary>
public sealed class QueuePresenceTests : IDisposable
{
    private readonly PresenceBoard _presence = new();
    private readonly TechnicianDeskFixture _desk;

    public QueuePresenceTests() => _desk = new TechnicianDeskFixture(presence: _presence);

    [Fact]
    public async Task Queue_TechniciansInTheRoom_AreNamedAfterTheTickets()
    {
        _desk.Open(Alice, "lent");
        _presence.Set("xmpp", [Denis, Bruno, new ChannelAddress("xmpp", "visitor@localhost")]);

        await _desk.SayAsync(Bruno, "/queue");

        Assert.EndsWith("\nPrésents dans le salon : Bruno Martin, Denis Roy.", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_NobodyInTheRoomAndNoTicket_SaysBoth()
    {
        _presence.Set("xmpp", [Bruno]);
        _presence.Set("xmpp", []);

        await _desk.SayAsync(Bruno, "/queue");

        Assert.Equal("Aucun ticket ouvert dans cette file.\nAucun technicien présent dans le salon.", _desk.To(Bruno));
    }

    [Fact]
    public void PresenceBoard_OtherChannel_IsNotMixedUp()
    {
        var board = new PresenceBoard();
        board.Set("slack", [new ChannelAddress("slack", "U1")]);

        Assert.False(board.IsPresent(new ChannelAddress("xmpp", "U1")));
        Assert.True(board.IsPresent(new ChannelAddress("slack", "U1")));
    }

    public void Dispose() => _desk.Dispose();
}
