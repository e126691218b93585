namespace ServiceDesk.KnowledgeBase.Tests;

public sealed class KnowledgeIndexTests
{
    private static KnowledgeIndex SampleIndex() => new(
    [
        ArticleSamples.Article("kb-printer", "fr", "Impression bloquée dans la file d'attente", ["l'imprimante n'imprime plus"], ["Imprimante"]),
        ArticleSamples.Article("kb-printer", "en", "Print job stuck in the queue", ["the printer doesn't print"], ["Printer"]),
        ArticleSamples.Article("kb-outlook", "fr", "Outlook ne démarre plus", ["Outlook se ferme au démarrage"], ["Outlook"]),
        ArticleSamples.Article("kb-outlook", "en", "Outlook won't start", ["Outlook closes at startup"], ["Outlook"]),
        ArticleSamples.Article("kb-teams", "fr", "Teams ne démarre plus", ["Teams se ferme au démarrage"], ["Teams"]),
        ArticleSamples.Article("kb-password", "fr", "Mot de passe refusé à la connexion", ["mot de passe incorrect"], ["Windows"]),
        ArticleSamples.Article("kb-disk", "fr", "Disque plein", ["Espace disque insuffisant"], ["Windows"], body: "Videz la corbeille et les téléchargements."),
    ]);

    [Theory]
    [InlineData("imprimante bloquee")]
    [InlineData("IMPRESSION BLOQUÉE")]
    [InlineData("impression bloquée")]
    public void Search_WithOrWithoutAccents_FindsAccentedArticle(string text)
    {
        using var index = SampleIndex();

        Assert.Equal("kb-printer", index.Search(text, "fr")[0].Article.Id);
    }

    [Theory]
    [InlineData("imprimate bloquée", "kb-printer")]
    [InlineData("outlok ne demare plus", "kb-outlook")]
    [InlineData("mot de pase refusé", "kb-password")]
    [InlineData("disue plein", "kb-disk")]
    public void Search_Typo_StillFindsArticle(string text, string expected)
    {
        using var index = SampleIndex();

        Assert.Equal(expected, index.Search(text, "fr")[0].Article.Id);
    }

    [Fact]
    public void Search_TypoWithoutTolerance_FindsLess()
    {
        using var tolerant = SampleIndex();
        using var strict = new KnowledgeIndex(tolerant.Articles, KnowledgeSearchOptions.Default with { TypoTolerance = TypoTolerance.None });

        Assert.NotEmpty(tolerant.Search("imprimate", "fr"));
        Assert.Empty(strict.Search("imprimate", "fr"));
    }

    [Fact]
    public void Search_ApplicationFact_ChangesRanking()
    {
        using var index = SampleIndex();

        var withoutFacts = index.Search("ne démarre plus, se ferme au démarrage", "fr");
        var outlookFirst = withoutFacts[0].Article.Id == "kb-outlook";
        var facts = new SearchFacts(Application: outlookFirst ? "Teams" : "Outlook", Device: null, ErrorMessage: null);
        var withFacts = index.Search("ne démarre plus, se ferme au démarrage", "fr", facts);

        Assert.Equal(["kb-outlook", "kb-teams"], withoutFacts.Select(m => m.Article.Id).Order());
        Assert.NotEqual(withoutFacts[0].Article.Id, withFacts[0].Article.Id);
    }

    [Fact]
    public void Search_ErrorMessageFact_BoostsArticleQuotingIt()
    {
        using var index = SampleIndex();

        var plain = index.Search("ça ne marche plus depuis ce matin", "fr");
        var withError = index.Search("ça ne marche plus depuis ce matin", "fr", new SearchFacts(null, null, "Espace disque insuffisant"));

        Assert.Empty(plain);
        Assert.Equal("kb-disk", withError[0].Article.Id);
    }

    [Fact]
    public void Search_DeviceFact_BoostsArticleThatAppliesToIt()
    {
        using var index = SampleIndex();

        var matches = index.Search("ça ne marche plus depuis ce matin", "fr", new SearchFacts(null, "imprimante", null));

        Assert.Equal("kb-printer", matches[0].Article.Id);
    }

    [Theory]
    [InlineData("fr", "Impression bloquée dans la file d'attente")]
    [InlineData("en", "Print job stuck in the queue")]
    public void Search_ReturnsVersionInUserLanguage(string language, string title)
    {
        // Each language's fields match only one of the two words, so the coverage penalty puts
        // the score under the default floor; this test is about which version comes first.
        using var sample = SampleIndex();
        using var index = new KnowledgeIndex(sample.Articles, KnowledgeSearchOptions.Default with { MinimumScore = 0 });

        var match = index.Search("printer imprimante", language)[0];

        Assert.Equal(title, match.Article.Title);
        Assert.Equal(language, match.Article.Language);
    }

    [Fact]
    public void Search_ArticleOnlyInOtherLanguage_IsStillReturned()
    {
        using var index = SampleIndex();

        var match = Assert.Single(index.Search("disque plein", "en"));

        Assert.Equal("fr", match.Article.Language);
    }

    [Fact]
    public void Search_ReturnsEachArticleOnceBestFirstAndAtMostTop()
    {
        using var sample = SampleIndex();
        using var index = new KnowledgeIndex(sample.Articles, KnowledgeSearchOptions.Default with { MinimumScore = 0 });

        var matches = index.Search("outlook teams imprimante printer disque mot de passe démarre", "fr", top: 3);

        Assert.Equal(3, matches.Count);
        Assert.Equal(matches.Count, matches.Select(m => m.Article.Id).Distinct().Count());
        Assert.Equal(matches.OrderByDescending(m => m.Score), matches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bonjour merci")]
    public void Search_NothingSearchable_ReturnsEmpty(string text)
    {
        using var index = SampleIndex();

        Assert.Empty(index.Search(text, "fr"));
    }

    [Fact]
    public void Add_NewArticle_IsFoundBySearchAndFind()
    {
        using var index = SampleIndex();
        Assert.Empty(index.Search("scanner numérisation", "fr"));

        index.Add(ArticleSamples.Article("kb-scanner", "fr", "Le scanner ne numérise plus", ["numérisation impossible"], ["Scanner"]));

        Assert.Equal("kb-scanner", index.Search("scanner numérisation", "fr")[0].Article.Id);
        Assert.Equal("Le scanner ne numérise plus", index.Find("kb-scanner", "fr")!.Title);
    }

    [Fact]
    public void Add_SameIdAndLanguage_ReplacesArticle()
    {
        using var index = SampleIndex();
        var count = index.Count;

        index.Add(ArticleSamples.Article("kb-disk", "fr", "Disque dur saturé", ["saturé"], ["Windows"]));

        Assert.Equal(count, index.Count);
        Assert.Equal("Disque dur saturé", index.Find("kb-disk", "fr")!.Title);
        Assert.Equal("kb-disk", index.Search("saturé", "fr")[0].Article.Id);
        Assert.Empty(index.Search("espace insuffisant", "fr"));
    }

    [Fact]
    public void Find_UnknownIdOrLanguage_ReturnsNull()
    {
        using var index = SampleIndex();

        Assert.Null(index.Find("kb-nothing", "fr"));
        Assert.Null(index.Find("kb-disk", "en"));
    }

    [Fact]
    public async Task Search_WhileArticlesAreAdded_StaysConsistent()
    {
        using var index = SampleIndex();
        var adding = Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                index.Add(ArticleSamples.Article($"kb-extra-{i}", "fr", $"Article supplémentaire {i}", ["imprimante du couloir"], ["Imprimante"]));
            }
        });
        var searching = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.NotEmpty(index.Search("imprimante bloquée", "fr"));
            }
        }));

        await Task.WhenAll(searching.Append(adding));

        Assert.Equal(57, index.Count);
    }
}
