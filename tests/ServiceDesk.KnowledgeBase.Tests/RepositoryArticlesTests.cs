using System.Text.RegularExpressions;

namespace ServiceDesk.KnowledgeBase.Tests;

/// <summary>Checks every article file committed under knowledgebase/articles.</summary>
public sealed partial class RepositoryArticlesTests(RepositoryKnowledgeBase repository) : IClassFixture<RepositoryKnowledgeBase>
{
    private IReadOnlyList<KnowledgeArticle> Articles => repository.Loaded.Articles;

    [Fact]
    public void EveryFile_Parses_WithoutProblem()
    {
        var files = Directory.GetFiles(repository.ArticlesFolder, "*.md", SearchOption.AllDirectories);

        Assert.Empty(repository.Loaded.Problems);
        Assert.Equal(files.Length, Articles.Count);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void EachLanguage_HasAtLeastFortyArticles(string language)
    {
        Assert.True(Articles.Count(a => a.Language == language) >= 40);
    }

    [Fact]
    public void Ids_AreUniquePerLanguage()
    {
        var duplicates = Articles.GroupBy(a => (a.Id, a.Language)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryArticle_HasFrenchAndEnglishVersionsOfSameKindAndRelations()
    {
        foreach (var pair in Articles.GroupBy(a => a.Id))
        {
            var fr = Assert.Single(pair, a => a.Language == "fr");
            var en = Assert.Single(pair, a => a.Language == "en");
            Assert.Equal(fr.Kind, en.Kind);
            Assert.Equal(fr.Related, en.Related);
        }
    }

    [Fact]
    public void EveryArticle_HasEnoughToHelpAUser()
    {
        foreach (var article in Articles)
        {
            Assert.True(article.Symptoms.Count >= 3, $"{article.Id}/{article.Language}: at least 3 symptoms");
            Assert.True(article.Workaround.Count >= 2, $"{article.Id}/{article.Language}: at least 2 steps");
            Assert.True(article.Body.Length >= 100, $"{article.Id}/{article.Language}: a body that explains");
            Assert.True(article.Tags.Count >= 2 && article.AppliesTo.Count >= 1, $"{article.Id}/{article.Language}: tags and applies_to");
        }
    }

    [Fact]
    public void Related_PointsToOtherExistingArticles()
    {
        var ids = Articles.Select(a => a.Id).ToHashSet();

        foreach (var article in Articles)
        {
            Assert.All(article.Related, related => Assert.Contains(related, ids));
            Assert.DoesNotContain(article.Id, article.Related);
        }
    }

    [Fact]
    public void LastReviewed_IsNotInTheFuture()
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

        Assert.All(Articles, a => Assert.True(a.LastReviewed <= today, a.Id));
    }

    [Fact]
    public void FrenchArticles_AreWrittenWithAccents()
    {
        foreach (var article in Articles.Where(a => a.Language == "fr"))
        {
            var text = string.Join(' ', article.Title, article.Cause, article.Resolution, string.Join(' ', article.Workaround), article.Body);
            Assert.True(AccentedLetter().Count(text) >= 5, $"{article.Id}: French text without accents");
        }
    }

    [Fact]
    public void Articles_NeverBlameTheUser()
    {
        string[] blaming = ["vous vous êtes trompé", "votre faute", "vous avez mal", "your fault", "you typed the wrong", "you did it wrong", "user error", "erreur de l'utilisateur"];

        foreach (var article in Articles)
        {
            var text = string.Join(' ', article.Title, article.Cause, article.Resolution, string.Join(' ', article.Workaround), article.Body);
            Assert.DoesNotContain(blaming, phrase => text.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        }
    }

    [GeneratedRegex("[éèêàùçôîâ]")]
    private static partial Regex AccentedLetter();
}
