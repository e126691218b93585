using ServiceDesk.KnowledgeBase.Analysis;
using ServiceDesk.KnowledgeBase.Tests.Evaluation;
using Xunit.Abstractions;

namespace ServiceDesk.KnowledgeBase.Tests.Analysis;

public sealed class LanguageDetectorTests(RepositoryKnowledgeBase repository, ITestOutputHelper output)
    : IClassFixture<RepositoryKnowledgeBase>
{
    [Theory]
    [InlineData("mon imprimante ne marche plus", "fr")]
    [InlineData("imprimante bloquee", "fr")]
    [InlineData("écran bleu", "fr")]
    [InlineData("j'ai oublié mon mot de passe", "fr")]
    [InlineData("outlook wont open", "en")]
    [InlineData("my password expired", "en")]
    [InlineData("the printer is stuck", "en")]
    [InlineData("vpn", "fr")]
    public void Detect_TypicalMessages_ReturnsLanguage(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_EvidenceFromCaller_TipsTheBalance()
    {
        Assert.Equal("en", LanguageDetector.Detect("printer offline", frenchEvidence: 0, englishEvidence: 2));
    }

    [Fact]
    public void DetectLanguage_ShortEnglishWithoutFunctionWords_UsesArticleVocabulary()
    {
        Assert.Equal("en", repository.Index.DetectLanguage("printer says offline"));
        Assert.Equal("fr", repository.Index.DetectLanguage("imprimante hors ligne"));
    }

    [Fact]
    public void DetectLanguage_LabelledPhrasings_MostlyRight()
    {
        var set = new[] { "kb-eval.jsonl", "kb-eval-holdout.jsonl", "kb-eval-paraphrase.jsonl" }.SelectMany(LabelledPhrasing.ReadAll).ToList();

        var wrong = set.Where(p => repository.Index.DetectLanguage(p.Text) != p.Language).ToList();

        var accuracy = 1 - ((double)wrong.Count / set.Count);
        output.WriteLine($"language detection: {accuracy:0.000} on {set.Count}; wrong: {string.Join(" | ", wrong.Select(w => w.Text))}");
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:0.000}");
    }
}
