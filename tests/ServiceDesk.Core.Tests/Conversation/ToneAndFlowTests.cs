using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Tone and the turns a person expects (seeds 000 §1 and 001): empathy for an angry user, a human on request at
/// any point, thanks and goodbye, restart, open-or-update, known errors first, the surge notice.
/// </summary>
public sealed class ToneAndFlowTests : IDisposable
{
    private static readonly KnownErrorSuggestion OutlookProfile = new(
        "kb-outlook-profile", "Outlook ne démarre plus : profil endommagé",
        ["fermez Outlook", "ouvrez Courrier dans le Panneau de configuration", "créez un nouveau profil"], "recréer le profil");

    private static readonly KnownErrorSuggestion ShareCalendar = new(
        "kb-share-calendar", "Share your calendar",
        ["in Outlook, open Calendar", "select Share calendar", "add your colleague and choose what they can see"], null);

    private readonly DeskFixture _desk = new(new FakeKnownErrors(("outlook ne démarre", OutlookProfile), ("share my calendar", ShareCalendar)));

    [Fact]
    public async Task Dialogue_AngryUser_GetsEmpathyAnApologyAndTheOfferOfAHuman()
    {
        await new Dialogue(_desk)
            .User("C'EST INADMISSIBLE, ÇA FAIT TROIS FOIS QUE MON IMPRIMANTE TOMBE EN PANNE")
            .Bot("Je comprends votre agacement", "sincèrement désolé", "technicien", "Depuis quand")
            .BotNot("calmez-vous", "votre faute")
            .User("technicien")
            .Bot("un technicien va reprendre cette conversation ici même", "#1")
            .RunAsync();

        Assert.True(Assert.Single(_desk.Tickets.All()).HumanRequested);
    }

    [Theory]
    [InlineData("Je veux parler à quelqu'un")]
    [InlineData("human")]
    [InlineData("agent")]
    [InlineData("I want to talk to a real person")]
    public async Task Dialogue_HumanAskedInTheMiddle_HandsOverWithWhatIsKnown(string ask)
    {
        await new Dialogue(_desk)
            .User("Mon VPN ne se connecte plus")
            .Bot("Depuis quand")
            .User(ask)
            .Bot("#1")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal(("Mon VPN ne se connecte plus", "VPN", true, TicketStatus.New), (ticket.Description, ticket.Facts.Application, ticket.HumanRequested, ticket.Status));
    }

    [Fact]
    public async Task Dialogue_AfterTheTicket_NoThanksEndsWithACourteousFormula()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, je peux faire avec")
            .User("oui")
            .Bot("#1", "Y a-t-il autre chose que je puisse faire pour vous ?")
            .User("non merci, c'est tout")
            .Bot("Je vous en prie", "Bonne journée")
            .RunAsync();

        Assert.Single(_desk.Tickets.All());
    }

    [Fact]
    public async Task Dialogue_ProblemGoesAwayMidway_EndsCourteouslyAndIsRecordedAsAbandoned()
    {
        await new Dialogue(_desk)
            .User("Le Wi-Fi ne marche plus")
            .User("ah c'est bon, ça remarche, merci")
            .Bot("Je vous en prie")
            .RunAsync();

        Assert.Equal(RequestOutcome.Abandoned, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Dialogue_Restart_StartsAgainFromTheDescription()
    {
        await new Dialogue(_desk)
            .User("Mon écran clignote")
            .User("recommencer")
            .Bot("Décrivez-moi votre problème")
            .User("En fait c'est mon clavier qui ne répond plus")
            .Bot("Depuis quand")
            .RunAsync();

        Assert.Equal("clavier", _desk.Conversations.Find("xmpp:alice@localhost")!.Draft.Facts.Application);
    }

    [Fact]
    public async Task Dialogue_NewMessageWithAnOpenTicket_AsksWhetherItIsAboutItAndAddsItThere()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, ralentie").User("oui").Bot("#1")
            .User("Précision : ça arrive surtout avec les gros fichiers")
            .Bot("déjà une demande en cours : #1", "Oui, la demande #1", "Non, c'est une nouvelle demande")
            .User("oui")
            .Bot("C'est ajouté à votre demande #1")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Contains(ticket.Journal, j => j.Text == "Précision : ça arrive surtout avec les gros fichiers");
    }

    [Fact]
    public async Task Dialogue_NewMessageWithAnOpenTicket_CanStillBeANewRequest()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, ralentie").User("oui")
            .User("Je voudrais aussi un deuxième écran")
            .User("2")
            .Bot("Pour qui")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_KnownErrorThatDoesNotHelp_OpensTicketWithTheArticleTried()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi Outlook ne démarre plus, à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, bloquée")
            .User("oui")
            .Bot("profil endommagé", "créez un nouveau profil", "Est-ce que cela a résolu")
            .User("non, toujours pas")
            .Bot("#1", "priorité P3")
            .RunAsync();

        Assert.Equal(["kb-outlook-profile"], Assert.Single(_desk.Tickets.All()).TriedArticles);
    }

    [Fact]
    public async Task Dialogue_EnglishUsageQuestion_IsAnsweredFromTheKnowledgeBaseDirectly()
    {
        await new Dialogue(_desk)
            .User("How do I share my calendar with my assistant?")
            .Bot("Share your calendar", "select Share calendar", "Did that solve")
            .BotNot("Which application", "Since when")
            .User("yes, thanks")
            .Bot("glad it's sorted")
            .RunAsync();

        Assert.Equal((RequestType.UsageQuestion, RequestOutcome.SelfService), (Assert.Single(_desk.Tickets.All()).Type, _desk.Tickets.All()[0].Outcome));
    }

    [Fact]
    public async Task Dialogue_ManyTicketsWaiting_FirstAnswerAcknowledgesWithTheCurrentWait()
    {
        using var busy = new DeskFixture(options: new DialogueOptions { SurgeThreshold = 2 });
        foreach (var user in new[] { "bob@localhost", "carol@localhost" })
        {
            await new Dialogue(busy, user).User("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, bloquée").User("oui").RunAsync();
        }

        busy.Clock.Advance(TimeSpan.FromMinutes(40));

        await new Dialogue(busy)
            .User("Mon imprimante ne marche plus")
            .Bot("beaucoup de demandes en ce moment (2 en attente)", "environ 40 minutes", "Depuis quand")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_EnglishRefusal_IsPersonalAndOffersAnAlternative() =>
        await new Dialogue(_desk)
            .User("Could you buy Photoshop for me please?")
            .Bot("Thank you for your request", "not on our list of authorised software", "GIMP")
            .RunAsync();

    public void Dispose() => _desk.Dispose();
}
