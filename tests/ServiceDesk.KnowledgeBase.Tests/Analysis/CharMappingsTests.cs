using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Pattern;
using ServiceDesk.KnowledgeBase.Analysis;

namespace ServiceDesk.KnowledgeBase.Tests.Analysis;

/// <summary>The spellings mapped on the string give what Lucene's two char filters gave (the way it was done before).</summary>
public sealed class CharMappingsTests
{
    public static TheoryData<string> Texts() =>
    [
        "",
        "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, je suis sur PC-1234",
        "le Wi-Fi et le wi-fi et le WI-FI et le Wi-fi et le WiFi",
        "WiFinder, wi-fighter, e-mails, e-mail, E-mails, e-mailing",
        "One Drive, one drive, OneDrive, OneDrives, one  drive",
        "l’imprimante ’’ ’",
        "mot de passe, Mots de passe, mot-de-pase, MOT DE PASSE, mots  de   passes, motdepasse",
        "rien ne se passe, de passe, mot passe",
        "Wi-Fi mot de passe e-mail",
        "W",
        "e-",
        "’Wi-Fi’",
        "pj trop lourde\nnouvelle ligne\tWi-Fi",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Apply_AnyText_GivesWhatLucenesCharFiltersGave(string text)
    {
        Assert.Equal(ThroughLuceneFilters(text), CharMappings.Apply(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Wrap_AnyText_ReadsTheMappedText(string text)
    {
        Assert.Equal(CharMappings.Apply(text), CharMappings.Wrap(new StringReader(text)).ReadToEnd());
    }

    [Fact]
    public void Apply_NothingToMap_ReturnsTheSameString()
    {
        const string text = "l'imprimante du 3e ne marche plus";
        Assert.Same(text, CharMappings.Apply(text));
    }

    private static string ThroughLuceneFilters(string text)
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (spelling, form) in CharMappings.Pairs)
        {
            builder.Add(spelling, form);
        }

        using var filters = new PatternReplaceCharFilter(
            CharMappings.PasswordPhrase(), CharMappings.PasswordForm, new MappingCharFilter(builder.Build(), new StringReader(text)));
        return filters.ReadToEnd();
    }
}
