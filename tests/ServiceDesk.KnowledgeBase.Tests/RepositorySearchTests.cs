namespace ServiceDesk.KnowledgeBase.Tests;

/// <summary>The brief's own examples, against the repository's real articles.</summary>
public sealed class RepositorySearchTests(RepositoryKnowledgeBase repository) : IClassFixture<RepositoryKnowledgeBase>
{
    [Theory]
    [InlineData("imprimante bloquee", "fr", "kb-printer-queue-stuck")]
    [InlineData("imprimate bloquée", "fr", "kb-printer-queue-stuck")]
    [InlineData("outlok ne s'ouvre plus", "fr", "kb-outlook-wont-start")]
    [InlineData("mot de pase refusé", "fr", "kb-login-capslock")]
    [InlineData("mon compte est verrouillé", "fr", "kb-password-locked")]
    [InlineData("Outlook keeps asking for my password", "en", "kb-outlook-password-prompt")]
    public void Search_BriefExamples_FindExpectedArticleFirst(string text, string language, string expected)
    {
        Assert.Equal(expected, repository.Index.Search(text, language)[0].Article.Id);
    }

    [Theory]
    [InlineData("je veux commander un café", "fr")]
    [InlineData("quel est le menu de la cantine aujourd'hui", "fr")]
    [InlineData("ma fiche de paie est fausse ce mois-ci", "fr")]
    [InlineData("the coffee machine is broken", "en")]
    [InlineData("who won the football match yesterday", "en")]
    public void Search_UnrelatedSentence_ReturnsNothing(string text, string language)
    {
        Assert.Empty(repository.Index.Search(text, language));
    }

    [Fact]
    public void Search_UnrelatedSentenceSet_ReturnsNothingForNearlyAll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "unrelated.jsonl");
        var sentences = File.ReadLines(path).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .Select(e => (Text: e.GetProperty("text").GetString()!, Language: e.GetProperty("language").GetString()!))
            .ToList();

        var answered = sentences.Where(s => repository.Index.Search(s.Text, s.Language).Count > 0).ToList();

        Assert.True(answered.Count <= 1, $"answered: {string.Join(" | ", answered.Select(a => a.Text))}");
    }

    [Fact]
    public void Search_WithApplicationFact_PutsThatApplicationFirst()
    {
        var plain = repository.Index.Search("mon micro ne marche pas", "fr", top: 3);
        var jabber = repository.Index.Search("ça ne se connecte plus", "fr", new SearchFacts("Jabber", null, null), top: 3);

        Assert.Equal("kb-audio-microphone", plain[0].Article.Id);
        Assert.Equal("kb-jabber-connection", jabber[0].Article.Id);
    }
}
