using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tests.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Problems;

public sealed class ProblemCommandTests : IDisposable
{
    private const string Usage = "Usage : /problem open N N… titre | link P N… | cause P texte | workaround P texte | resolve P texte";

    private readonly FakeKnownErrorPublisher _published = new();
    private readonly TechnicianDeskFixture _desk;

    public ProblemCommandTests() => _desk = new(db => [new ProblemCommand(new ProblemStore(db), _published)]);

    [Theory]
    [InlineData("/problem")]
    [InlineData("/problem open")]
    [InlineData("/problem open 1 2")]
    [InlineData("/problem open Messagerie en panne")]
    [InlineData("/problem link P1")]
    [InlineData("/problem link 1 2")]
    [InlineData("/problem link P1 2 et encore")]
    [InlineData("/problem cause P1")]
    [InlineData("/problem cause 1 le serveur")]
    [InlineData("/problem workaround P1")]
    [InlineData("/problem resolve P1")]
    [InlineData("/problem close P1")]
    public async Task Problem_MissingOrWrongArgument_AnswersOneLineUsage(string line)
    {
        OpenThree();
        await _desk.SayAsync(Bruno, "/problem open 1 Messagerie en panne");

        await _desk.SayAsync(Bruno, line);

        Assert.Equal(Usage, _desk.To(Bruno));
    }

    [Fact]
    public async Task Open_ThreeTickets_NumbersProblemLinksTicketsAndTellsRoom()
    {
        OpenThree();

        await _desk.SayAsync(Bruno, "/problem open 1 2 #3 Outlook refuse les mots de passe");

        Assert.StartsWith("Problème P1 ouvert : « Outlook refuse les mots de passe » (#1, #2, #3).", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.Equal("Problème P1 ouvert par Bruno Martin : « Outlook refuse les mots de passe » (#1, #2, #3).", _desk.To(Room));
        var problem = _desk.Problems.Find(new ProblemNumber(1))!;
        Assert.Equal([1, 2, 3], problem.Tickets);
        Assert.Equal(ProblemStatus.Open, problem.Status);
        Assert.All([1, 2, 3], n => Assert.Equal("P1", _desk.Ticket(n).Problem));
        await _desk.SayAsync(Bruno, "/show 2");
        Assert.Contains("Problème : P1", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishTechnician_IsAnsweredInEnglish_TheRoomStaysFrench()
    {
        OpenThree();

        await _desk.SayAsync(Sam, "/problem open 1 2 Outlook refuses passwords");
        Assert.StartsWith("Problem P1 opened: \"Outlook refuses passwords\" (#1, #2).", _desk.To(Sam), StringComparison.Ordinal);
        Assert.StartsWith("Problème P1 ouvert par Sam Carter", _desk.To(Room), StringComparison.Ordinal);

        await _desk.SayAsync(Sam, "/problem cause P1 an expired token cache");
        Assert.Equal("Cause of P1 recorded. The workaround is still missing: /problem workaround P1 text.", _desk.To(Sam));

        await _desk.SayAsync(Sam, "/problem cause P9 nothing");
        Assert.Equal("No problem P9.", _desk.To(Sam));
    }

    [Fact]
    public async Task Open_Twice_SecondProblemIsP2()
    {
        OpenThree();
        await _desk.SayAsync(Bruno, "/problem open 1 Messagerie");

        await _desk.SayAsync(Bruno, "/problem open 2 Réseau");

        Assert.StartsWith("Problème P2 ouvert", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_UnknownTicket_RefusesAndCreatesNothing()
    {
        OpenThree();

        await _desk.SayAsync(Bruno, "/problem open 1 42 Messagerie");

        Assert.Equal("Aucun ticket #42.", _desk.To(Bruno));
        Assert.Null(_desk.Problems.Find(new ProblemNumber(1)));
        Assert.Null(_desk.Ticket(1).Problem);
    }

    [Fact]
    public async Task Link_MoreTickets_AddedToProblem()
    {
        OpenThree();
        _desk.Open(Eve, "Outlook me redemande le mot de passe");
        await _desk.SayAsync(Bruno, "/problem open 1 2 Messagerie");

        await _desk.SayAsync(Bruno, "/problem link p1 3 4");

        Assert.Equal("#3, #4 lié(s) au problème P1 (#1, #2, #3, #4).", _desk.To(Bruno));
        Assert.Equal("P1", _desk.Ticket(4).Problem);
    }

    [Fact]
    public async Task Link_TicketOfAnotherProblem_Refuses()
    {
        OpenThree();
        await _desk.SayAsync(Bruno, "/problem open 1 Messagerie");
        await _desk.SayAsync(Bruno, "/problem open 2 Réseau");

        await _desk.SayAsync(Bruno, "/problem link P2 1");

        Assert.Equal("#1 est déjà lié au problème P1.", _desk.To(Bruno));
        Assert.Equal([2], _desk.Problems.Find(new ProblemNumber(2))!.Tickets);
    }

    [Theory]
    [InlineData("/problem link P9 1")]
    [InlineData("/problem cause P9 le serveur")]
    [InlineData("/problem workaround P9 redémarrer")]
    [InlineData("/problem resolve P9 corrigé")]
    public async Task Problem_UnknownProblem_SaysNoSuchProblem(string line)
    {
        OpenThree();

        await _desk.SayAsync(Bruno, line);

        Assert.Equal("Aucun problème P9.", _desk.To(Bruno));
    }

    [Fact]
    public async Task Cause_Alone_RecordedAndAsksForWorkaroundNothingPublished()
    {
        OpenThree();
        await _desk.SayAsync(Bruno, "/problem open 1 2 3 Outlook refuse les mots de passe");

        await _desk.SayAsync(Bruno, "/problem cause P1 Certificat du serveur d'authentification expiré");

        Assert.Equal("Cause de P1 enregistrée. Reste le contournement : /problem workaround P1 texte.", _desk.To(Bruno));
        Assert.Empty(_published.Published);
        Assert.Equal(ProblemStatus.Open, _desk.Problems.Find(new ProblemNumber(1))!.Status);
    }

    [Fact]
    public async Task CauseThenWorkaround_BecomesKnownErrorPublished()
    {
        OpenThree();
        await _desk.SayAsync(Bruno, "/problem open 1 2 3 Outlook refuse les mots de passe");
        await _desk.SayAsync(Bruno, "/problem cause P1 Certificat du serveur d'authentification expiré");

        await _desk.SayAsync(Bruno, "/problem workaround P1 Se connecter par le webmail en attendant");

        Assert.Contains("P1 devient l'erreur connue kb-problem-1, publiée et proposée dès maintenant", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.Contains("/kb show kb-problem-1", _desk.To(Room), StringComparison.Ordinal);
        var knownError = Assert.Single(_published.Published);
        Assert.Equal(("kb-problem-1", "Outlook refuse les mots de passe", "Certificat du serveur d'authentification expiré", "Se connecter par le webmail en attendant"),
            (knownError.Id, knownError.Title, knownError.Cause, knownError.Workaround));
        Assert.Contains("Outlook refuse mon mot de passe", knownError.Symptoms);
        var problem = _desk.Problems.Find(new ProblemNumber(1))!;
        Assert.Equal((ProblemStatus.KnownError, "kb-problem-1"), (problem.Status, problem.KnownErrorId));
    }

    [Fact]
    public async Task Resolve_LinkedOpenTickets_RequestersToldInTheirLanguageAndAskedToConfirm()
    {
        _desk.Open(Alice, "Outlook refuse mon mot de passe");
        _desk.Open(Eve, "Outlook rejects my password", language: "en");
        await _desk.SayAsync(Bruno, "/problem open 1 2 Outlook refuse les mots de passe");

        await _desk.SayAsync(Bruno, "/problem resolve P1 Certificat renouvelé");

        Assert.Equal("Bonne nouvelle : le problème à l'origine de votre demande #1, qui touchait plusieurs personnes, est résolu. Pouvez-vous vérifier que tout fonctionne de votre côté ? (oui / non)", _desk.To(Alice));
        Assert.Equal("Good news: the underlying problem behind your request #2, which affected several people, has been fixed. Could you check that everything works for you now? (yes / no)", _desk.To(Eve));
        Assert.Equal("P1 résolu ; demandeurs prévenus : #1, #2.", _desk.To(Bruno));
        Assert.Contains("P1 « Outlook refuse les mots de passe » résolu par Bruno Martin", _desk.To(Room), StringComparison.Ordinal);
        var ticket = _desk.Ticket(2);
        Assert.Equal((TicketStatus.Resolved, RequesterQuestion.SolutionWorks, "Certificat renouvelé"), (ticket.Status, ticket.PendingQuestion, ticket.Solution?.Text));
        Assert.Equal(ProblemStatus.Resolved, _desk.Problems.Find(new ProblemNumber(1))!.Status);
    }

    [Fact]
    public async Task Resolve_ClosedTicket_RequesterNotDisturbed()
    {
        _desk.Open(Alice);
        _desk.Open(Eve);
        await _desk.SayAsync(Bruno, "/problem open 1 2 Messagerie");
        _desk.Tickets.Save(_desk.Ticket(1) with { Status = TicketStatus.Closed });

        await _desk.SayAsync(Bruno, "/problem resolve P1 Corrigé");

        Assert.Empty(_desk.To(Alice));
        Assert.NotEmpty(_desk.To(Eve));
    }

    [Fact]
    public async Task Resolve_KnownError_PublishedAgainWithResolution()
    {
        OpenThree();
        await _desk.SayAsync(Bruno, "/problem open 1 Messagerie");
        await _desk.SayAsync(Bruno, "/problem cause P1 Certificat expiré");
        await _desk.SayAsync(Bruno, "/problem workaround P1 Webmail");

        await _desk.SayAsync(Bruno, "/problem resolve P1 Certificat renouvelé");

        Assert.Equal([null, "Certificat renouvelé"], _published.Published.Select(k => k.Resolution));
    }

    [Fact]
    public async Task Cause_ResolvedProblem_Refuses()
    {
        OpenThree();
        await _desk.SayAsync(Bruno, "/problem open 1 Messagerie");
        await _desk.SayAsync(Bruno, "/problem resolve P1 Corrigé");

        await _desk.SayAsync(Bruno, "/problem cause P1 autre chose");

        Assert.Equal("P1 est déjà résolu.", _desk.To(Bruno));
    }

    public void Dispose() => _desk.Dispose();

    private void OpenThree()
    {
        _desk.Open(Alice);
        _desk.Open(Eve, "Outlook ne prend plus mon mot de passe");
        _desk.Open(Alice, "Mot de passe Outlook refusé depuis ce matin");
    }
}
