using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>Seed 002 §5: closed only after a definitive solution (§5.1), and only by the level-1 owner (§5.2).</summary>
public sealed class ClosureTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    public ClosureTests() => _desk.Open(Alice, "L'imprimante du 3e ne marche plus");

    [Fact]
    public async Task Close_NoSolutionYet_Refused()
    {
        await _desk.SayAsync(Bruno, "/take 1");

        await _desk.SayAsync(Bruno, "/close 1");

        Assert.StartsWith("#1 ne peut pas être clôturé : aucune solution définitive", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.True(_desk.Ticket(1).IsOpen);
    }

    [Fact]
    public async Task Close_AfterTemporarySolution_RefusedAndTicketStaysOpen()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 temporary prêt d'une imprimante le temps de la réparation");
        Assert.Contains("La demande reste ouverte jusqu'à la solution définitive", _desk.To(Alice), StringComparison.Ordinal);

        await _desk.SayAsync(Bruno, "/close 1");

        Assert.Contains("solution temporaire seulement : prêt d'une imprimante", _desk.To(Bruno), StringComparison.Ordinal);
        var ticket = _desk.Ticket(1);
        Assert.Equal((TicketStatus.InProgress, SolutionKind.Temporary), (ticket.Status, ticket.Solution?.Kind));
    }

    [Fact]
    public async Task Close_ByAnotherTechnicianAfterDefinitiveSolution_RefusedNamingTheOwner()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive imprimante remplacée");

        await _desk.SayAsync(Chloe, "/close 1");

        Assert.StartsWith("Seul(e) Bruno Martin, qui a ouvert ou pris #1 au niveau 1", _desk.To(Chloe), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Resolved, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task Close_ByLevel2SpecialistWhoResolvedIt_RefusedOwnerStaysLevel1()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/transfer 1 réseau imprimante réseau injoignable");
        await _desk.SayAsync(Denis, "/take 1");
        await _desk.SayAsync(Denis, "/resolve 1 definitive port du switch réactivé");

        await _desk.SayAsync(Denis, "/close 1");
        Assert.StartsWith("Seul(e) Bruno Martin", _desk.To(Denis), StringComparison.Ordinal);
        await _desk.SayAsync(Bruno, "/close 1");

        Assert.Equal("#1 clôturé.", _desk.To(Bruno));
        Assert.Equal(TicketStatus.Closed, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task Close_NobodyOwnsIt_RefusedExplainingWhoCan()
    {
        await _desk.SayAsync(Denis, "/resolve 1 definitive réglé");

        await _desk.SayAsync(Denis, "/close 1");

        Assert.Contains("n'a pas encore de responsable de niveau 1", _desk.To(Denis), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_OwnerAfterDefinitiveSolution_ClosesAndTellsRequester()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive imprimante remplacée (remplacement, pas un prêt)");
        Assert.Contains("Pouvez-vous me confirmer que tout fonctionne ? (oui / non)", _desk.To(Alice), StringComparison.Ordinal);

        await _desk.SayAsync(Bruno, "/close 1");

        Assert.Contains("Votre demande #1 est clôturée.", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("#1 clôturé par Bruno Martin", _desk.To(Room), StringComparison.Ordinal);
        Assert.Equal((TicketStatus.Closed, (string?)null), (_desk.Ticket(1).Status, _desk.Ticket(1).LiveWith));
    }

    [Fact]
    public async Task Resolved_RequesterSaysNo_ReopensAndTellsTechnician()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive pilote réinstallé");

        await _desk.SayAsync(Alice, "non, ça ne marche toujours pas");

        Assert.Contains("J'ai rouvert votre demande #1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("#1 rouvert", _desk.To(Bruno), StringComparison.Ordinal);
        var ticket = _desk.Ticket(1);
        Assert.Equal((TicketStatus.InProgress, (Solution?)null, RequesterQuestion.None), (ticket.Status, ticket.Solution, ticket.PendingQuestion));
        await _desk.SayAsync(Bruno, "/close 1");
        Assert.StartsWith("#1 ne peut pas être clôturé", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolved_RequesterSaysYes_ConfirmedAndOwnerPromptedToClose()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive pilote réinstallé");

        await _desk.SayAsync(Alice, "oui merci, tout marche");

        Assert.Contains("Merci pour votre confirmation", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("confirme que la solution fonctionne. /close 1", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Resolved, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task Resolved_RequesterAnswersTheBotsOwnQuestion_YesGoesToTheDialogue()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive pilote réinstallé");
        await _desk.SayAsync(Bruno, "/release 1");
        await _desk.SayAsync(Alice, "l'imprimante fait aussi un bruit bizarre");
        Assert.Contains("Votre message concerne-t-il cette demande ?", _desk.To(Alice), StringComparison.Ordinal);

        await _desk.SayAsync(Alice, "oui");

        Assert.Contains("C'est ajouté à votre demande #1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal(RequesterQuestion.SolutionWorks, _desk.Ticket(1).PendingQuestion);
    }

    [Fact]
    public async Task Reopen_ClosedTicket_BackInProgressRequesterTold()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive fait");
        await _desk.SayAsync(Bruno, "/close 1");

        await _desk.SayAsync(Bruno, "/reopen 1");

        Assert.Contains("Votre demande #1 est rouverte", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.InProgress, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task Take_ResolvedTicket_StaysResolvedSoTheOwnerCanStillClose()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive imprimante remplacée");
        await _desk.SayAsync(Bruno, "/release 1");

        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/close 1");

        Assert.Equal(TicketStatus.Closed, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task Reopen_OpenTicket_Refused()
    {
        await _desk.SayAsync(Bruno, "/reopen 1");

        Assert.Equal("#1 est déjà ouvert (nouveau).", _desk.To(Bruno));
    }

    [Fact]
    public async Task Take_ClosedTicket_RefusedWithReopenHint()
    {
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive fait");
        await _desk.SayAsync(Bruno, "/close 1");

        await _desk.SayAsync(Chloe, "/take 1");

        Assert.Equal("#1 est clôturé. /reopen 1 pour le rouvrir.", _desk.To(Chloe));
    }

    [Fact]
    public async Task Wait_TellsRequesterWithTheQuestion()
    {
        await _desk.SayAsync(Bruno, "/wait 1 pouvez-vous m'envoyer une photo de l'écran ?");

        Assert.Equal("Votre demande #1 attend un retour de votre part : pouvez-vous m'envoyer une photo de l'écran ?", _desk.To(Alice));
        Assert.Equal(TicketStatus.AwaitingUser, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task Note_IsInternal_RequesterHearsNothing()
    {
        await _desk.SayAsync(Bruno, "/note 1 toner commandé chez le fournisseur");

        Assert.Empty(_desk.To(Alice));
        Assert.Contains(_desk.Ticket(1).Journal, j => j is { Kind: JournalKind.InternalNote, Text: "toner commandé chez le fournisseur", Actor: "xmpp:bruno@localhost" });
    }

    public void Dispose() => _desk.Dispose();
}
