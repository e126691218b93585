using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tests.Technicians;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.FollowUp;

/// <summary>
/// A request recorded while the desk is closed is told its opening hours (seed 004), never a technician's time (seed
/// 002 §2.4); <c>/report desk</c> gives the last 7 days' indicators.
/// </summary>
public sealed class ClosedDeskAndReportTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk;
    private int _lastNumberAsked;

    public ClosedDeskAndReportTests() => _desk = new TechnicianDeskFixture(ticketsAround: inner => new CountingLastNumber(inner, this));

    private async Task RecordFrenchRequestAsync()
    {
        await _desk.SayAsync(Alice, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        await _desk.SayAsync(Alice, "1");
        await _desk.SayAsync(Alice, "bloquée");
        await _desk.SayAsync(Alice, "oui");
    }

    [Fact]
    public async Task Dialogue_FrenchTicketBeforeOpening_ToldTheOpeningHours()
    {
        await RecordFrenchRequestAsync(); // Monday 9:30 in Paris, the desk opens at noon

        Assert.Contains("#1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("le service support est ouvert du lundi au vendredi de 12 h à 19 h", _desk.To(Alice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialogue_ClosedDesk_ToldOnceRightAfterTheTicket_WithoutAskingTheStoreForTheLastNumber()
    {
        _desk.Open(Eve); // someone else's ticket, #1, opened before: not Alice's

        await _desk.SayAsync(Alice, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        Assert.DoesNotContain("ouvert du lundi", _desk.To(Alice), StringComparison.Ordinal);
        await _desk.SayAsync(Alice, "1");
        await _desk.SayAsync(Alice, "bloquée");
        Assert.DoesNotContain("ouvert du lundi", _desk.To(Alice), StringComparison.Ordinal);
        await _desk.SayAsync(Alice, "oui");

        var toAlice = _desk.Last.Where(m => m.To == Alice).ToList();
        var ticket = toAlice.FindIndex(m => m.Text.Contains("#2", StringComparison.Ordinal));
        var notice = toAlice.FindIndex(m => m.Text.Contains("ouvert du lundi au vendredi de 12 h à 19 h", StringComparison.Ordinal));
        Assert.True(ticket >= 0 && notice == toAlice.Count - 1 && notice > ticket, string.Join(" | ", toAlice.Select(m => m.Text)));
        Assert.Single(toAlice, m => m.Text.Contains("ouvert du lundi", StringComparison.Ordinal));
        Assert.Contains(_desk.Last, m => m.To == Room);

        // Her next message opens nothing: no notice again.
        await _desk.SayAsync(Alice, "où en est ma demande ?");
        Assert.DoesNotContain("ouvert du lundi", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal(0, _lastNumberAsked);
    }

    [Fact]
    public async Task Dialogue_FrenchTicketWhileOpen_NoOpeningHours()
    {
        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.FromHours(1)));

        await RecordFrenchRequestAsync();

        Assert.Contains("#1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.DoesNotContain("ouvert du lundi", _desk.To(Alice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialogue_EnglishTicketOnSaturday_ToldTheOpeningHours()
    {
        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1)));

        await _desk.SayAsync(Eve, "Since yesterday 3pm Excel shows \"File is locked for editing\" every time, nothing changed, I'm on PC-0100 with Windows 10, only me, and I'm slowed down");
        await _desk.SayAsync(Eve, "correct");

        Assert.Contains("#1", _desk.To(Eve), StringComparison.Ordinal);
        Assert.Contains("the support desk is open Monday to Friday, 12:00 to 19:00", _desk.To(Eve), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportDesk_InTheRoom_GivesLastSevenDaysIndicators()
    {
        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(1)));
        _desk.Open(Alice);
        _desk.Open(Eve);
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive mot de passe réinitialisé");

        await _desk.InRoomAsync(Bruno, "bruno", "/report desk");

        var report = _desk.To(Room);
        Assert.Contains("2 demande(s)", report, StringComparison.Ordinal);
        Assert.Contains("résolution au niveau 1 : 100 % (objectif 80 %)", report, StringComparison.Ordinal);
        Assert.Contains("SLA P3 (2)", report, StringComparison.Ordinal);
    }

    public void Dispose() => _desk.Dispose();

    private sealed class CountingLastNumber(ITicketStore inner, ClosedDeskAndReportTests test) : DelegatingTicketStore(inner)
    {
        public override int LastNumber()
        {
            Interlocked.Increment(ref test._lastNumberAsked);
            return Inner.LastNumber();
        }
    }
}
