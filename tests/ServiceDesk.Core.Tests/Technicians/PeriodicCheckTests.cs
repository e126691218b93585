using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>
/// The periodic checks read again, in a transaction, only the tickets with something due: a thousand open tickets
/// with nothing to say cost one read of the list, not a thousand reads and 32 commits every few seconds.
/// </summary>
public sealed class PeriodicCheckTests : IDisposable
{
    private readonly CountingTickets _counted = new();
    private readonly TechnicianDeskFixture _desk;

    public PeriodicCheckTests() => _desk = new TechnicianDeskFixture(ticketsAround: inner => _counted.Around(inner));

    [Fact]
    public async Task Tick_NothingDue_ReadsNoTicketAgain_ThenTheDueOnesOnlyWhenDue()
    {
        // Monday 12:00 in Paris, the desk's opening (seed 004: "ouvert du lundi au vendredi de 12h à 19h").
        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(1)));
        var requesters = Enumerable.Range(0, 40).Select(i => new ChannelAddress("xmpp", $"staff{i}@localhost")).ToList();
        requesters.ForEach(r => _desk.Open(r)); // P3: take charge due by 12:10
        _desk.Open(TechnicianDeskFixture.Alice, "Le VPN coupe toutes les dix minutes");
        await _desk.SayAsync(TechnicianDeskFixture.Bruno, "/take 41");

        _counted.Finds = 0;
        _desk.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Empty(await _desk.TickAsync());
        Assert.Equal(0, _counted.Finds);

        // 80 % of the take-charge time used for the 40 tickets nobody took: each warned once, each read again once.
        _desk.Clock.Advance(TimeSpan.FromMinutes(5));
        var said = await _desk.TickAsync();
        Assert.Equal(40, said.Count(m => m.To == TechnicianDeskFixture.Room && m.Text.Contains("80 % du délai de prise en charge", StringComparison.Ordinal)));
        Assert.Equal(40, _counted.Finds);
        Assert.All(Enumerable.Range(1, 40), n => Assert.True(_desk.Ticket(n).SlaAlerts.HasFlag(SlaAlerts.DetectionNear)));
        Assert.Equal(SlaAlerts.None, _desk.Ticket(41).SlaAlerts & SlaAlerts.DetectionNear);

        _counted.Finds = 0;
        Assert.Empty(await _desk.TickAsync());
        Assert.Equal(0, _counted.Finds);
    }

    public void Dispose() => _desk.Dispose();

    /// <summary>Counts the ticket reads by number that reach the store.</summary>
    private sealed class CountingTickets
    {
        public int Finds;

        public ITicketStore Around(ITicketStore inner) => new Store(inner, this);

        private sealed class Store(ITicketStore inner, CountingTickets counts) : DelegatingTicketStore(inner)
        {
            public override Ticket? Find(TicketNumber number)
            {
                Interlocked.Increment(ref counts.Finds);
                return Inner.Find(number);
            }
        }
    }
}
