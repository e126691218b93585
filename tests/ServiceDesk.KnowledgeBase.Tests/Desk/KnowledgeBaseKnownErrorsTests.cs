using ServiceDesk.Core.Tickets;
using ServiceDesk.KnowledgeBase.Desk;

namespace ServiceDesk.KnowledgeBase.Tests.Desk;

public sealed class KnowledgeBaseKnownErrorsTests(RepositoryKnowledgeBase repository) : IClassFixture<RepositoryKnowledgeBase>
{
    [Fact]
    public void Suggest_FrenchRequest_GivesTheArticleWithItsStepsAndResolution()
    {
        var search = new KnowledgeBaseKnownErrors(repository.Index);

        var best = search.Suggest("l'imprimante est hors ligne", "fr", new TicketFacts(), 3)[0];

        var article = repository.Index.Find("kb-printer-offline", "fr")!;
        Assert.Equal(("kb-printer-offline", article.Title), (best.Id, best.Title));
        Assert.Equal(article.Workaround, best.Steps);
        Assert.Equal(article.Resolution, best.Resolution);
    }

    [Fact]
    public void Suggest_EnglishRequest_GivesTheEnglishVersion()
    {
        var search = new KnowledgeBaseKnownErrors(repository.Index);

        var best = search.Suggest("the printer says offline", "en", new TicketFacts(), 3)[0];

        Assert.Equal(repository.Index.Find("kb-printer-offline", "en")!.Title, best.Title);
    }

    [Fact]
    public void Suggest_ApplicationFact_RaisesTheArticleForThatApplication()
    {
        var search = new KnowledgeBaseKnownErrors(repository.Index);

        var best = search.Suggest("ça ne démarre plus du tout", "fr", new TicketFacts { Application = "Outlook" }, 1);

        Assert.Equal("kb-outlook-wont-start", Assert.Single(best).Id);
    }

    [Fact]
    public void Suggest_OneArticleFarAhead_ProposesItAlone()
    {
        var search = new KnowledgeBaseKnownErrors(repository.Index);
        var ranked = repository.Index.Search("comment partager mon agenda ?", "fr");

        var suggestions = search.Suggest("comment partager mon agenda ?", "fr", new TicketFacts(), 3);

        Assert.True(ranked.Count > 1, "the index ranks more than one article");
        Assert.Equal("kb-calendar-sharing", Assert.Single(suggestions).Id);
    }

    [Fact]
    public void Suggest_CloseRunnersUp_AreProposedToo()
    {
        var search = new KnowledgeBaseKnownErrors(repository.Index);

        var suggestions = search.Suggest("Outlook me dit que mon mot de passe est incorrect", "fr", new TicketFacts(), 3);

        Assert.Equal("kb-outlook-password-prompt", suggestions[0].Id);
        Assert.InRange(suggestions.Count, 2, 3);
    }

    [Theory]
    [InlineData("je veux commander un café", "fr")]
    [InlineData("who won the football match yesterday", "en")]
    [InlineData("   ", "fr")]
    public void Suggest_NothingRelevant_GivesNothing(string text, string language)
    {
        var search = new KnowledgeBaseKnownErrors(repository.Index);

        Assert.Empty(search.Suggest(text, language, new TicketFacts(), 3));
    }
}
