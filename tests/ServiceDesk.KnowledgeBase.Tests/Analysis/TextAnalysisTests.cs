using ServiceDesk.KnowledgeBase.Analysis;

namespace ServiceDesk.KnowledgeBase.Tests.Analysis;

public sealed class TextAnalysisTests
{
    private static IReadOnlyList<string> Terms(string language, string text)
    {
        using var analyzers = new LanguageAnalyzers();
        return AnalyzedTerms.Of(analyzers.For(language), "text", UserVocabulary.Expand(text));
    }

    [Fact]
    public void French_AccentsAndElisions_AreFoldedAway()
    {
        Assert.Equal(Terms("fr", "l'imprimante bloquée"), Terms("fr", "imprimante bloquee"));
        Assert.Equal(Terms("fr", "Écran"), Terms("fr", "ecran"));
    }

    [Fact]
    public void French_ChatWords_AreDropped()
    {
        Assert.Equal(["vpn"], Terms("fr", "bonjour, le vpn ne marche plus svp merci"));
    }

    [Fact]
    public void English_Stemming_JoinsWordForms()
    {
        Assert.Equal(Terms("en", "printing"), Terms("en", "prints"));
    }

    [Theory]
    [InlineData("mot de passe")]
    [InlineData("Mots de passe")]
    [InlineData("mot de pase")]
    [InlineData("mdp")]
    public void PasswordPhrase_BecomesOneTerm(string text)
    {
        Assert.Contains("motdepas", Terms("fr", text));
    }

    [Fact]
    public void PasswordPhrase_DoesNotSwallowOtherUsesOfPasser()
    {
        Assert.DoesNotContain("motdepas", Terms("fr", "rien ne se passe"));
    }

    [Theory]
    [InlineData("Wi-Fi", "wifi")]
    [InlineData("wi-fi", "wifi")]
    public void Spellings_AreNormalisedOnBothSides(string spelling, string expected)
    {
        Assert.Equal(Terms("fr", expected), Terms("fr", spelling));
    }

    [Fact]
    public void UserVocabulary_KeepsShorthandAndAddsLongForm()
    {
        Assert.Equal("pj pièce jointe trop lourde", UserVocabulary.Expand("pj trop lourde"));
    }
}
