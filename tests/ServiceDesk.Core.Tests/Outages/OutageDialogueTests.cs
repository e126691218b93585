using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tests.Problems;
using ServiceDesk.Core.Tests.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Outages;

/// <summary>
/// Major incidents as whole dialogues through the engine (issue 15), French and English: seed 001's morning when the
/// mail server is down and everyone writes at once. Each person learns first that the desk knows, what is affected and
/// what it is doing; their report joins the outage's list (no new incident each); news and the end reach every linked
/// or subscribed person once, in their language; the room sees one line per outage, not one per report.
/// </summary>
public sealed class OutageDialogueTests : IDisposable
{
    private static readonly ChannelAddress Bob = new("xmpp", "bob@localhost");
    private static readonly ChannelAddress Carol = new("xmpp", "carol@localhost");

    private readonly TechnicianDeskFixture _desk = new(db => [new ProblemCommand(new ProblemStore(db), new FakeKnownErrorPublisher())], outages: true);

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task French_MailDown_KnownFirstSubscribeNotItNewsAndEndOnceConfirm()
    {
        await _desk.SayAsync(Bruno, "/outage open messagerie les mails ne partent plus");
        Assert.StartsWith("Incident majeur M1 ouvert : messagerie — « les mails ne partent plus »", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.StartsWith("Incident majeur M1 ouvert par Bruno Martin : messagerie", _desk.To(Room), StringComparison.Ordinal);

        // Seed 001: the first answer says it is known, what is affected and what the desk does, with two numbered choices.
        await _desk.SayAsync(Alice, "Bonjour, je reçois plus mes mails depuis ce matin");
        var known = Assert.Single(_desk.Last);
        Assert.Equal(Alice, known.To);
        Assert.Contains("Nous sommes au courant : un incident touche la messagerie depuis 9 h 30 (M1 : « les mails ne partent plus »)", known.Text, StringComparison.Ordinal);
        Assert.Contains("votre message est noté et rattaché à cet incident. L'équipe support y travaille", known.Text, StringComparison.Ordinal);
        Assert.Equal(["Ce n'est pas ça : mon problème est autre", "Prévenez-moi quand c'est rétabli"], known.Choices);
        NoPromiseOfTime(known.Text);

        await _desk.SayAsync(Eve, "Outlook ne se connecte pas");
        Assert.Contains("Nous sommes au courant", _desk.To(Eve), StringComparison.Ordinal);
        Assert.Empty(_desk.Tickets.All());
        Assert.DoesNotContain(_desk.Last, m => m.To == Room);

        await _desk.SayAsync(Alice, "prévenez-moi");
        Assert.Equal("C'est noté : je vous écris ici dès qu'il y a du nouveau sur la messagerie (M1) et quand ce sera rétabli.", _desk.To(Alice));

        // "Ce n'est pas ça": the normal conversation goes on from what Eve first wrote.
        await _desk.SayAsync(Eve, "1");
        Assert.StartsWith("D'accord, c'est donc autre chose. Voyons votre demande :", _desk.To(Eve), StringComparison.Ordinal);
        Assert.Contains("Depuis quand", _desk.To(Eve), StringComparison.Ordinal);

        await _desk.SayAsync(Bruno, "/outage update M1 le serveur de messagerie redémarre");
        Assert.Equal("M1 : nouvelles enregistrées ; envoi à 1 personne(s) en cours.", _desk.To(Bruno));
        var news = Assert.Single(_desk.DrainOutbox());
        Assert.Equal((Alice, "Incident sur la messagerie (M1), des nouvelles : le serveur de messagerie redémarre"), (news.To, news.Text));
        Assert.Empty(_desk.DrainOutbox());

        await _desk.SayAsync(Bruno, "/outage resolve M1 le serveur a été redémarré");
        Assert.StartsWith("M1 résolu (", _desk.To(Bruno), StringComparison.Ordinal);
        var end = Assert.Single(_desk.DrainOutbox());
        Assert.Equal(Alice, end.To);
        Assert.Equal("Bonne nouvelle : l'incident sur la messagerie (M1) est résolu : le serveur a été redémarré. Pouvez-vous vérifier que tout fonctionne de votre côté ?", end.Text);
        Assert.Equal(["Oui, ça marche", "Non, toujours pas"], end.Choices);
        Assert.Empty(_desk.DrainOutbox());

        await _desk.SayAsync(Alice, "oui");
        Assert.Equal("Merci pour votre confirmation. Bonne journée !", _desk.To(Alice));
        Assert.Equal(OutagePersonState.Confirmed, _desk.Outages.FindPerson(1, Alice.ToString())?.State);

        await _desk.SayAsync(Bruno, "/outage report M1");
        var report = _desk.To(Bruno);
        Assert.Contains("M1 — messagerie : « les mails ne partent plus »", report, StringComparison.Ordinal);
        Assert.Contains("09:30 ouvert par Bruno Martin", report, StringComparison.Ordinal);
        Assert.Contains("nouvelles de Bruno Martin : le serveur de messagerie redémarre", report, StringComparison.Ordinal);
        Assert.Contains("résolu par Bruno Martin : le serveur a été redémarré", report, StringComparison.Ordinal);
        Assert.Contains("Personnes concernées : 1 (dont 1 abonnée(s) ; 1 « ce n'est pas ça » non comptée(s))", report, StringComparison.Ordinal);
        Assert.Contains("Messages envoyés : 4 (2 réponse(s) « incident connu », 2 nouvelle(s) et fin(s))", report, StringComparison.Ordinal);
        Assert.Contains("Durée : 0 min d'horloge, 0 min ouvrées", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_EmailDown_EnglishTechnicianAndRequesterStillBrokenStartsARequest()
    {
        await _desk.SayAsync(Sam, "/outage open messagerie mail is not delivered");
        Assert.StartsWith("Major incident M1 opened: messagerie — “mail is not delivered”", _desk.To(Sam), StringComparison.Ordinal);
        Assert.StartsWith("Incident majeur M1 ouvert par Sam Carter", _desk.To(Room), StringComparison.Ordinal);

        await _desk.SayAsync(Bob, "Hi, the email is down");
        var known = Assert.Single(_desk.Last);
        Assert.StartsWith("We know: an incident is affecting email since 09:30 (M1: “mail is not delivered”).", known.Text, StringComparison.Ordinal);
        Assert.Equal(["That's not it: my problem is something else", "Let me know when it is fixed"], known.Choices);
        NoPromiseOfTime(known.Text);

        await _desk.SayAsync(Bob, "notify me");
        Assert.Equal("Noted: I will write to you here when there is news about email (M1) and when it is fixed.", _desk.To(Bob));

        // Writing again about it while it lasts: still known, still on the list, no ticket.
        await _desk.SayAsync(Bob, "still no email?");
        Assert.StartsWith("The incident affecting email (M1) is still being worked on", _desk.To(Bob), StringComparison.Ordinal);

        await _desk.SayAsync(Sam, "/outage update M1 the mail server is restarting");
        Assert.Equal("M1: news recorded; sending to 1 person(s).", _desk.To(Sam));
        Assert.Equal("Incident affecting email (M1), news: the mail server is restarting", Assert.Single(_desk.DrainOutbox()).Text);

        await _desk.SayAsync(Sam, "/outage resolve M1 the mail server was restarted");
        Assert.StartsWith("M1 resolved (", _desk.To(Sam), StringComparison.Ordinal);
        Assert.Equal(["Yes, it works", "No, still not"], Assert.Single(_desk.DrainOutbox()).Choices);

        await _desk.SayAsync(Bob, "2");
        Assert.StartsWith("I am sorry it still does not work for you. I am taking your request for the support team:", _desk.To(Bob), StringComparison.Ordinal);
        Assert.Contains("Since when", _desk.To(Bob), StringComparison.Ordinal);

        await _desk.SayAsync(Sam, "/outage report M1");
        Assert.Contains("People affected: 1 (1 subscribed; 0 \"that's not it\" not counted); linked tickets: 0", _desk.To(Sam), StringComparison.Ordinal);
        Assert.Contains("Duration: 0 min clock time, 0 min business time", _desk.To(Sam), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Surge_PersonWritingAboutTheOutage_GetsTheOutageAnswerNotTheSurgeNotice()
    {
        for (var i = 0; i < 20; i++)
        {
            _desk.Open(new ChannelAddress("xmpp", $"p{i}@localhost"), "Mon écran clignote");
        }

        await _desk.SayAsync(Bruno, "/outage open messagerie les mails ne partent plus");

        await _desk.SayAsync(Alice, "je n'arrive plus à envoyer de mails");
        Assert.Contains("Nous sommes au courant", _desk.To(Alice), StringComparison.Ordinal);
        Assert.DoesNotContain("beaucoup de demandes", _desk.To(Alice), StringComparison.Ordinal);

        // Seed 001: someone writing about something else still learns the current delay first.
        await _desk.SayAsync(Eve, "l'imprimante du 2e étage ne marche plus");
        Assert.Contains("beaucoup de demandes en ce moment (20 en attente)", _desk.To(Eve), StringComparison.Ordinal);
        Assert.DoesNotContain("Nous sommes au courant", _desk.To(Eve), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Room_FiftyReports_NoLinePerReportThenOneCounterLine()
    {
        await _desk.SayAsync(Bruno, "/outage open messagerie les mails ne partent plus");
        for (var i = 0; i < 50; i++)
        {
            await _desk.SayAsync(new ChannelAddress("xmpp", $"user{i}@localhost"), i % 2 == 0 ? "je reçois plus mes mails" : "the email is down");
            Assert.DoesNotContain(_desk.Last, m => m.To == Room);
        }

        Assert.Empty(_desk.Tickets.All());
        Assert.DoesNotContain(await _desk.TickAsync(), m => m.To == Room);

        _desk.Clock.Advance(_desk.OutageOptions.SummaryEvery);
        var line = Assert.Single(await _desk.TickAsync(), m => m.To == Room);
        Assert.Equal("M1 messagerie : 50 personne(s) concernée(s) (dont 0 abonnée(s)), 0 ticket(s) lié(s), 50 message(s) envoyé(s) — /outage report M1", line.Text);

        // Unchanged counters are not posted again.
        _desk.Clock.Advance(_desk.OutageOptions.SummaryEvery);
        Assert.DoesNotContain(await _desk.TickAsync(), m => m.To == Room);
    }

    [Fact]
    public async Task FromProblem_LinkedTicketsResolvedWithTheSolutionAndRequestersAskedToConfirm()
    {
        _desk.Open(Alice, "Outlook ne reçoit plus les mails");
        _desk.Open(Eve, "Outlook bloqué, pas de nouveaux messages");
        _desk.Open(Carol, "the email does not arrive in Outlook", language: "en");
        await _desk.SayAsync(Bruno, "/problem open 1 2 3 Outlook ne reçoit plus de mails");

        await _desk.SayAsync(Bruno, "/outage from-problem P1");
        Assert.StartsWith("Incident majeur M1 ouvert : messagerie — « Outlook ne reçoit plus de mails » (depuis P1).", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.Contains("3 demandeur(s) de tickets liés sur la liste", _desk.To(Bruno), StringComparison.Ordinal);

        // A requester already linked through their ticket is not asked again, only told it is still known.
        await _desk.SayAsync(Alice, "toujours pas de mails");
        Assert.StartsWith("L'incident qui touche la messagerie (M1) est toujours en cours de traitement", _desk.To(Alice), StringComparison.Ordinal);

        await _desk.SayAsync(Bruno, "/outage resolve M1 serveur Exchange redémarré");
        Assert.Contains("3 ticket(s) lié(s) résolu(s)", _desk.To(Bruno), StringComparison.Ordinal);
        var told = _desk.DrainOutbox();
        Assert.Equal([Alice, Carol, Eve], told.Select(m => m.To).OrderBy(a => a.Value, StringComparer.Ordinal));
        Assert.Contains(told, m => m.To == Alice && m.Text == "Votre demande #1 est résolue : serveur Exchange redémarré. Pouvez-vous me confirmer que tout fonctionne ? (oui / non)");
        Assert.Contains(told, m => m.To == Carol && m.Text.StartsWith("Your request #3 is resolved: serveur Exchange redémarré.", StringComparison.Ordinal));
        Assert.All([1, 2, 3], n => Assert.Equal((TicketStatus.Resolved, RequesterQuestion.SolutionWorks), (_desk.Ticket(n).Status, _desk.Ticket(n).PendingQuestion)));

        // Confirming works as after any resolution (the ticket's pending question).
        await _desk.SayAsync(Alice, "oui");
        Assert.NotEqual(RequesterQuestion.SolutionWorks, _desk.Ticket(1).PendingQuestion);
    }

    [Fact]
    public async Task FromIncidents_AsTheProposalSays_OpensWithTheirService()
    {
        _desk.Open(Alice, "le VPN se coupe sans arrêt");
        _desk.Open(Eve, "VPN impossible à connecter");

        await _desk.SayAsync(Bruno, "/outage from-incidents 1 2");

        Assert.StartsWith("Incident majeur M1 ouvert : vpn — « le VPN se coupe sans arrêt »", _desk.To(Bruno), StringComparison.Ordinal);
        Assert.Equal([1, 2], _desk.Outages.Find(1)?.Tickets);
    }

    [Theory]
    [InlineData("/outage")]
    [InlineData("/outage open")]
    [InlineData("/outage open messagerie")]
    [InlineData("/outage update M1")]
    [InlineData("/outage resolve")]
    [InlineData("/outage report X")]
    [InlineData("/outage from-problem 3")]
    public async Task Outage_MissingOrWrongArgument_AnswersOneLineUsage(string line)
    {
        await _desk.SayAsync(Bruno, "/outage open messagerie les mails ne partent plus");

        await _desk.SayAsync(Bruno, line);

        Assert.Equal("Usage : /outage open service ce que voient les gens | from-problem P | from-incidents N N… | update M texte | resolve M texte | report M | list", _desk.To(Bruno));
    }

    [Fact]
    public async Task Outage_Requester_IsRefusedAndHelpListsIt()
    {
        await _desk.SayAsync(Alice, "/outage open messagerie tout est cassé");
        Assert.Contains("réservée aux techniciens", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Empty(_desk.Outages.All());

        await _desk.SayAsync(Bruno, "/help");
        Assert.Contains("/outage open service", _desk.To(Bruno), StringComparison.Ordinal);
        await _desk.SayAsync(Sam, "/help");
        Assert.Contains("major incident: declare", _desk.To(Sam), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outage_SecondOnTheSameServiceOrUnknownOrResolved_Refused()
    {
        await _desk.SayAsync(Bruno, "/outage open messagerie les mails ne partent plus");

        await _desk.SayAsync(Bruno, "/outage open messagerie encore");
        Assert.Equal("M1 est déjà ouverte pour messagerie : /outage update M1 texte.", _desk.To(Bruno));
        await _desk.SayAsync(Bruno, "/outage update M7 bientôt");
        Assert.Equal("Aucun incident majeur M7.", _desk.To(Bruno));
        await _desk.SayAsync(Bruno, "/outage resolve M1 c'est réparé");
        await _desk.SayAsync(Bruno, "/outage update M1 encore un mot");
        Assert.Equal("M1 est déjà résolu.", _desk.To(Bruno));
        await _desk.SayAsync(Bruno, "/outage list");
        Assert.StartsWith("M1 messagerie — résolu", _desk.To(Bruno), StringComparison.Ordinal);

        // Once resolved, writing about mail is a normal conversation again.
        await _desk.SayAsync(Alice, "mes mails ne partent pas");
        Assert.DoesNotContain("Nous sommes au courant", _desk.To(Alice), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("je reçois plus mes mails", true)]
    [InlineData("Outlook ne se connecte pas", true)]
    [InlineData("the email is down", true)]
    [InlineData("ma boîte mail ne se met plus à jour", true)]
    [InlineData("l'imprimante est bloquée", false)]
    [InlineData("mon mot de passe Windows a expiré", false)]
    public void Vocabulary_EverydayWords_MatchTheMailService(string text, bool matches) =>
        Assert.Equal(matches, ServiceVocabulary.Mentions(ServiceDesk.Core.Intake.TextFolding.Fold(text), ServiceVocabulary.Default.WordsOf("messagerie")));

    private static void NoPromiseOfTime(string text)
    {
        // Seed 002 §2.4: nothing said promises a technician's time.
        foreach (var promise in new[] { "minutes", "heure", "hour", "dans la journée", "today", "aujourd'hui" })
        {
            Assert.DoesNotContain(promise, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
