using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>Seed 002 §6.5: the intervention report's fields, and the user's acknowledgement.</summary>
public sealed class ReportTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    public ReportTests() => _desk.Open(Alice, "L'imprimante du 3e ne marche plus");

    [Fact]
    public async Task Report_WithTimes_StoresEveryFieldAndAsksAcknowledgement()
    {
        await _desk.SayAsync(Bruno, "/take 1");

        // 8:30 UTC is 9:30 in Paris: the technician types local times.
        await _desk.SayAsync(Bruno, "/report 1 9:10-9:35 remplacé le toner et nettoyé le tambour | toner HP 26A | rien, clôture possible");

        var report = Assert.Single(_desk.Ticket(1).Reports);
        Assert.Equal((1, "xmpp:bruno@localhost", "Bruno Martin"), (report.Number, report.Technician, report.TechnicianName));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 10, 0, TimeSpan.Zero), report.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 35, 0, TimeSpan.Zero), report.End);
        Assert.Equal(25, report.TimeSpentMinutes);
        Assert.Equal(("remplacé le toner et nettoyé le tambour", "toner HP 26A", "rien, clôture possible"), (report.Done, report.Parts, report.Next));
        Assert.Equal(_desk.Clock.GetUtcNow(), report.RecordedAt);
        Assert.Null(report.Acknowledged);
        Assert.Contains(_desk.Ticket(1).Journal, j => j.Kind == JournalKind.InterventionReport);
        Assert.Contains("Pouvez-vous en accuser réception ? (oui / non)", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("09:10–09:35 (25 min)", _desk.To(Alice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithoutTimes_RunsFromTakingToNow()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        _desk.Clock.Advance(TimeSpan.FromMinutes(7));

        await _desk.SayAsync(Bruno, "/report 1 redémarré le spouleur | aucune | surveiller demain");

        var report = Assert.Single(_desk.Ticket(1).Reports);
        Assert.Equal(7, report.TimeSpentMinutes);
        Assert.Equal(_desk.Clock.GetUtcNow(), report.End);
    }

    [Fact]
    public async Task Report_RequesterAcknowledges_Stored()
    {
        await _desk.SayAsync(Bruno, "/report 1 9:10-9:35 toner remplacé | toner | rien");
        _desk.Clock.Advance(TimeSpan.FromMinutes(1));

        await _desk.SayAsync(Alice, "oui");

        var report = Assert.Single(_desk.Ticket(1).Reports);
        Assert.Equal((true, _desk.Clock.GetUtcNow()), (report.Acknowledged, report.AcknowledgedAt));
        Assert.Contains("accusé de réception", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("accuse réception du compte rendu 1", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_EndBeforeStart_Refused()
    {
        await _desk.SayAsync(Bruno, "/report 1 9:35-9:10 fait | aucune | rien");

        Assert.Equal("L'heure de fin précède l'heure de début.", _desk.To(Bruno));
        Assert.Empty(_desk.Ticket(1).Reports);
    }

    public void Dispose() => _desk.Dispose();
}
