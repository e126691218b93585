using ServiceDesk.Core.Tickets;

namespace ServiceDesk.KnowledgeBase.Tests.Desk;

/// <summary>
/// Whole conversations through the real dialogue and the real index over the repository's articles: a known
/// error is proposed with its steps before a ticket, "yes" records a level-1 self-service resolution, "no"
/// opens the ticket with the articles tried, a usage question is answered directly, and a request the
/// knowledge base knows nothing about gets no proposal.
/// </summary>
public sealed class SelfServiceDialogueTests(RepositoryKnowledgeBase repository) : IClassFixture<RepositoryKnowledgeBase>
{
    private const string FrenchOffer = "C'est un problème connu";
    private const string EnglishOffer = "This is a known problem";

    [Fact]
    public async Task Dialogue_OutlookPasswordSolvedBySteps_RecordsSelfService()
    {
        using var desk = new KnowledgeDesk(repository.Index);

        await OutlookPasswordInFrench(desk)
            .User("oui")
            .Bot("ravi que ce soit réglé", "#1")
            .RunAsync();

        var record = Assert.Single(desk.Tickets.All());
        Assert.Equal(RequestOutcome.SelfService, record.Outcome);
        Assert.Contains("kb-outlook-password-prompt", record.TriedArticles);
    }

    [Fact]
    public async Task Dialogue_OutlookPasswordNotSolved_OpensTicketWithArticlesTried()
    {
        using var desk = new KnowledgeDesk(repository.Index);

        await OutlookPasswordInFrench(desk)
            .User("non, toujours pas")
            .Bot("#1", "priorité P3")
            .RunAsync();

        var ticket = Assert.Single(desk.Tickets.All());
        Assert.Equal(RequestOutcome.Ticket, ticket.Outcome);
        Assert.Contains("kb-outlook-password-prompt", ticket.TriedArticles);
        Assert.InRange(ticket.TriedArticles.Count, 1, 3);
    }

    [Fact]
    public async Task Dialogue_EnglishOutlookPassword_ProposesStepsInEnglishThenSelfService()
    {
        using var desk = new KnowledgeDesk(repository.Index);

        await new Transcript(desk)
            .User("Outlook keeps asking for my password again and again")
            .User("since this morning").User("no").User("nothing changed").User("every time").User("PC-0423, Windows 11")
            .User("just me").User("slowed down")
            .Bot("If I understand you correctly")
            .User("yes")
            .Bot(EnglishOffer, "Credential Manager", "Did that solve")
            .User("yes")
            .Bot("glad it's sorted")
            .RunAsync();

        Assert.Equal(RequestOutcome.SelfService, Assert.Single(desk.Tickets.All()).Outcome);
    }

    [Theory]
    [InlineData("comment partager mon agenda ?", "oui merci", "kb-calendar-sharing")]
    [InlineData("how do i share my calendar with my assistant", "yes", "kb-calendar-sharing")]
    public async Task Dialogue_UsageQuestion_IsAnsweredFromTheKnowledgeBaseDirectly(string question, string yes, string article)
    {
        using var desk = new KnowledgeDesk(repository.Index);
        var transcript = new Transcript(desk).User(question);

        await transcript.BotNot("Depuis quand", "Since when", "Qui est touché", "Who is affected").User(yes).RunAsync();

        var record = Assert.Single(desk.Tickets.All());
        Assert.Equal((RequestType.UsageQuestion, RequestOutcome.SelfService), (record.Type, record.Outcome));
        Assert.Equal(article, record.TriedArticles[0]);
    }

    [Fact]
    public async Task Dialogue_UnrelatedRequest_ProposesNothing()
    {
        using var desk = new KnowledgeDesk(repository.Index);

        await new Transcript(desk)
            .User("Depuis ce matin la machine à café de l'étage fait un bruit bizarre, rien n'a changé, à chaque fois")
            .BotNot(FrenchOffer)
            .User("non").BotNot(FrenchOffer)
            .User("aucun").BotNot(FrenchOffer)
            .User("1").BotNot(FrenchOffer)
            .User("je peux m'en passer").BotNot(FrenchOffer)
            .User("oui").BotNot(FrenchOffer)
            .RunAsync();

        Assert.All(desk.Tickets.All(), t => Assert.Empty(t.TriedArticles));
    }

    private static Transcript OutlookPasswordInFrench(KnowledgeDesk desk) =>
        new Transcript(desk)
            .User("Outlook me dit que mon mot de passe est incorrect")
            .User("depuis ce matin").User("« Mot de passe incorrect »").User("non rien").User("à chaque fois").User("PC-0423 sous Windows 11")
            .User("juste moi").User("bloqué")
            .Bot("Si je vous comprends bien")
            .User("oui")
            .Bot(FrenchOffer, "Outlook redemande sans cesse le mot de passe", "Gestionnaire d'informations d'identification", "Est-ce que cela a résolu");
}
