using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>Seed 002 §4.3.3: a transfer (beyond level-1 skills) and an escalation (time) are recorded distinctly.</summary>
public sealed class HandOffTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    public HandOffTests() => _desk.Open(Alice);

    [Fact]
    public async Task Transfer_ToAGroup_RecordedAsTransferToLevel2()
    {
        await _desk.SayAsync(Bruno, "/take 1");

        await _desk.SayAsync(Bruno, "/transfer 1 réseau le switch d'étage ne répond plus");

        var ticket = _desk.Ticket(1);
        var transfer = Assert.Single(ticket.Transfers);
        Assert.Equal((SupportLevel.Level1, SupportLevel.Level2, "réseau", (string?)null, "le switch d'étage ne répond plus"),
            (transfer.FromLevel, transfer.ToLevel, transfer.ToGroup, transfer.ToTechnician, transfer.Reason));
        Assert.Empty(ticket.Escalations);
        Assert.Contains(ticket.Journal, j => j.Kind == JournalKind.Transfer);
        Assert.DoesNotContain(ticket.Journal, j => j.Kind == JournalKind.Escalation);
        Assert.Equal(("xmpp:bruno@localhost", "réseau", SupportLevel.Level2, (string?)null), (ticket.Owner, ticket.AssignedGroup, ticket.Level, ticket.LiveWith));
        Assert.Contains("confiée à un spécialiste", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("#1 transféré au groupe réseau (niveau 2)", _desk.To(Room), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_ToALevel2Technician_NotifiesThem()
    {
        await _desk.SayAsync(Bruno, "/transfer 1 Denis Roy VLAN mal configuré");

        Assert.Equal("xmpp:denis@localhost", Assert.Single(_desk.Ticket(1).Transfers).ToTechnician);
        Assert.Contains("Bruno Martin vous transfère #1 : VLAN mal configuré", _desk.To(Denis), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_ToALevel1Colleague_RefusedWithAssignHint()
    {
        await _desk.SayAsync(Bruno, "/transfer 1 chloé elle connaît mieux");

        Assert.Contains("/assign 1 Chloé", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.Empty(_desk.Ticket(1).Transfers);
    }

    [Fact]
    public async Task Transfer_UnknownTarget_NamesTheGroups()
    {
        await _desk.SayAsync(Bruno, "/transfer 1 compta voir avec eux");

        Assert.Equal("Ni groupe ni technicien « compta ». Groupes : bureautique, poste de travail, réseau, rh.", _desk.To(Bruno));
    }

    [Fact]
    public async Task Escalate_TakenTicket_RecordedAsEscalationNotTransfer()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        _desk.Clock.Advance(TimeSpan.FromMinutes(12));

        await _desk.SayAsync(Bruno, "/escalate 1 table des matières Word, plus le temps avec la file d'attente");

        var ticket = _desk.Ticket(1);
        var escalation = Assert.Single(ticket.Escalations);
        Assert.Equal((SupportLevel.Level1, SupportLevel.Level2, 12), (escalation.FromLevel, escalation.ToLevel, escalation.HeldForMinutes));
        Assert.Empty(ticket.Transfers);
        Assert.Contains(ticket.Journal, j => j.Kind == JournalKind.Escalation);
        Assert.DoesNotContain(ticket.Journal, j => j.Kind == JournalKind.Transfer);
        Assert.Equal((TicketStatus.New, SupportLevel.Level2, (string?)null), (ticket.Status, ticket.Level, ticket.AssignedTo));
        Assert.Contains("#1 escaladé au niveau 2 par Bruno Martin", _desk.To(Room), StringComparison.Ordinal);
        Assert.Contains("escalade, faute de temps", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_ToColleague_NotifiesThemAndMakesThemOwner()
    {
        await _desk.SayAsync(Bruno, "/assign 1 chloé");

        Assert.Contains("Bruno Martin vous a attribué #1", _desk.To(Chloe), StringComparison.Ordinal);
        Assert.Equal(("xmpp:chloe@localhost", "xmpp:chloe@localhost"), (_desk.Ticket(1).AssignedTo, _desk.Ticket(1).Owner));
    }

    [Fact]
    public async Task Assign_UnknownTechnician_Refused()
    {
        await _desk.SayAsync(Bruno, "/assign 1 Zoé");

        Assert.StartsWith("Technicien inconnu : « Zoé ».", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeLimit_Level1TicketStillOpenAfterTenMinutes_PromptsOnce()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        _desk.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(await _desk.Router.TickAsync("xmpp", CancellationToken.None));

        _desk.Clock.Advance(TimeSpan.FromMinutes(2));
        var prompts = await _desk.Router.TickAsync("xmpp", CancellationToken.None);
        var again = await _desk.Router.TickAsync("xmpp", CancellationToken.None);

        var prompt = Assert.Single(prompts);
        Assert.Equal(Bruno, prompt.To);
        Assert.Contains("/transfer 1", prompt.Text, StringComparison.Ordinal);
        Assert.Contains("/escalate 1", prompt.Text, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.True(_desk.Ticket(1).TimeLimitPrompted);
    }

    [Fact]
    public async Task TimeLimit_TakenByLevel2_NoPrompt()
    {
        await _desk.SayAsync(Denis, "/take 1");
        _desk.Clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Empty(await _desk.Router.TickAsync("xmpp", CancellationToken.None));
    }

    public void Dispose() => _desk.Dispose();
}
