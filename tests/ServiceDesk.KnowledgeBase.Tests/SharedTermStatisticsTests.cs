namespace ServiceDesk.KnowledgeBase.Tests;

/// <summary>
/// A search's term statistics are looked up once per index state and shared by later searches (the knowledge base's
/// <c>SharedTermQuery</c>): the scores are those of a search that looks them up itself, and a write gives new ones.
/// </summary>
public sealed class SharedTermStatisticsTests
{
    private static readonly KnowledgeArticle[] Articles =
    [
        ArticleSamples.Article("kb-printer", "fr", "Impression bloquée dans la file d'attente", ["l'imprimante n'imprime plus"], ["Imprimante"]),
        ArticleSamples.Article("kb-outlook", "fr", "Outlook ne démarre plus", ["Outlook se ferme au démarrage"], ["Outlook"]),
        ArticleSamples.Article("kb-password", "fr", "Mot de passe refusé à la connexion", ["mot de passe incorrect"], ["Windows"]),
        ArticleSamples.Article("kb-password", "en", "Password refused at sign-in", ["incorrect password"], ["Windows"]),
    ];

    private static readonly KnowledgeArticle Added =
        ArticleSamples.Article("kb-outlook-password", "fr", "Outlook demande le mot de passe en boucle", ["Outlook affiche mot de passe incorrect"], ["Outlook"]);

    private const string Message = "Outlook affiche mot de passe incorrect";

    [Fact]
    public void SameSearchAgain_GivesTheSameScores()
    {
        using var index = new KnowledgeIndex(Articles);
        var facts = new SearchFacts(Application: "Outlook", Device: null, ErrorMessage: "Mot de passe incorrect");

        var first = Scores(index.Search(Message, "fr", facts, top: 4));
        var again = Scores(index.Search(Message, "fr", facts, top: 4));

        Assert.NotEmpty(first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void AfterAnArticleIsAdded_ScoresAreThoseOfAnIndexBuiltWithIt()
    {
        using var index = new KnowledgeIndex(Articles);
        _ = index.Search(Message, "fr", top: 4);
        _ = index.Search(Message, "fr", top: 4);

        index.Add(Added);
        using var built = new KnowledgeIndex([.. Articles, Added]);

        var expected = Scores(built.Search(Message, "fr", top: 4));
        var actual = Scores(index.Search(Message, "fr", top: 4));
        Assert.Contains(expected, s => s.Id == "kb-outlook-password");
        Assert.Equal(expected.Select(s => s.Id), actual.Select(s => s.Id));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 5));
    }

    private static List<(string Id, float Score)> Scores(IReadOnlyList<KnowledgeMatch> matches) =>
        [.. matches.Select(m => (m.Article.Id, m.Score))];
}
