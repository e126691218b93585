using ServiceDesk.Core.Recognition.Dates;

namespace ServiceDesk.Core.Recognition.Tests.Dates;

/// <summary>
/// Expressions of the kinds the public suites test, written for this project (not copied from
/// them), so that the rules are seen to generalise: the answer is the TIMEX and the key value the
/// suites compare (value, else start), and the modifier when there is one. Conventions follow
/// the suites: French "le" stays out of a date's text, English "the" in; a day without a year
/// reads in the past first; "until" is the library's "before". The library reads fewer French
/// ranges and modifiers than English ones ("du 18 au 22 mars", "jusqu'à 14h" are not read): the
/// conversation does not depend on them, only on a since-when (ChatPhraseTests).
/// </summary>
public sealed class OwnCaseTests
{
    // Wednesday 13 March 2024, 10:30.
    private static readonly DateTime Now = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("on se voit le 3 avril", "3 avril", "XXXX-04-03", "2023-04-03")]
    [InlineData("rendez-vous jeudi prochain", "jeudi prochain", "2024-03-21", "2024-03-21")]
    [InlineData("c'est prévu pour demain à 8h15", "demain à 8h15", "2024-03-14T08:15", "2024-03-14 08:15:00")]
    [InlineData("le technicien passe entre 9h et 11h", "entre 9h et 11h", "(T09,T11,PT2H)", "09:00:00")]
    [InlineData("la migration a lieu la semaine prochaine", "la semaine prochaine", "2024-W12", "2024-03-18")]
    [InlineData("rappelez-moi dans 3 jours", "dans 3 jours", "2024-03-16", "2024-03-16")]
    [InlineData("la réunion est à 17h30", "17h30", "T17:30", "17:30:00")]
    [InlineData("ouvert de 8 du matin à 7 après-midi", "de 8 du matin à 7 après-midi", "(T08,T19,PT11H)", "08:00:00")]
    [InlineData("on fera ça en juin", "juin", "XXXX-06", "2023-06-01")]
    [InlineData("disponible le 02/05/2024", "02/05/2024", "2024-05-02", "2024-05-02")]
    [InlineData("intervention prévue ven. 22 mars 2024 à 9h", "ven. 22 mars 2024 à 9h", "2024-03-22T09", "2024-03-22 09:00:00")]
    public void Recognize_French_ResolvesLikeTheSuites(string text, string expected, string timex, string key) =>
        AssertReading(text, "fr-FR", expected, timex, key, null);

    [Theory]
    [InlineData("let's meet next Thursday", "next Thursday", "2024-03-21", "2024-03-21")]
    [InlineData("the engineer comes tomorrow at 8:15am", "tomorrow at 8:15am", "2024-03-14T08:15", "2024-03-14 08:15:00")]
    [InlineData("I am out from March 18 to March 22", "from March 18 to March 22", "(XXXX-03-18,XXXX-03-22,P4D)", "2023-03-18")]
    [InlineData("remind me in 3 days", "in 3 days", "2024-03-16", "2024-03-16")]
    [InlineData("the call is at 5:30pm", "5:30pm", "T17:30", "17:30:00")]
    [InlineData("it was installed on the 21st of June 2022", "the 21st of June 2022", "2022-06-21", "2022-06-21")]
    [InlineData("the migration happens next week", "next week", "2024-W12", "2024-03-18")]
    [InlineData("block my calendar for 2 weeks from today", "for 2 weeks from today", "(2024-03-13,2024-03-27,P2W)", "2024-03-13")]
    [InlineData("between 2 and 4pm works for me", "between 2 and 4pm", "(T14,T16,PT2H)", "14:00:00")]
    public void Recognize_English_ResolvesLikeTheSuites(string text, string expected, string timex, string key) =>
        AssertReading(text, "en-US", expected, timex, key, null);

    [Theory]
    [InlineData("il faut le faire avant vendredi", "fr-FR", "avant vendredi", "before")]
    [InlineData("it must be done before Friday", "en-US", "before Friday", "before")]
    [InlineData("it worked until 2pm", "en-US", "until 2pm", "before")]
    [InlineData("broken since March 4", "en-US", "since March 4", "since")]
    [InlineData("nobody answers after 6pm", "en-US", "after 6pm", "after")]
    public void Recognize_OpenRange_HasModifier(string text, string culture, string expected, string mod)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, culture, Now));
        Assert.Equal(expected, result.Text, ignoreCase: true);
        Assert.Equal(mod, result.Values[0].Mod);
    }

    [Theory]
    [InlineData("tous les lundis", "fr-FR", "XXXX-WXX-1")]
    [InlineData("chaque jour", "fr-FR", "P1D")]
    [InlineData("every Friday", "en-US", "XXXX-WXX-5")]
    [InlineData("every week", "en-US", "P1W")]
    public void Recognize_Repeat_IsSet(string text, string culture, string timex)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, culture, Now));
        Assert.Equal("datetimeV2.set", result.TypeName);
        Assert.Equal(timex, result.Values[0].Timex);
    }

    private static void AssertReading(string text, string culture, string expected, string timex, string key, string? mod)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, culture, Now));
        Assert.Equal(expected, result.Text, ignoreCase: true);
        Assert.Equal(timex, result.Values[0].Timex);
        Assert.Equal(key, result.Values[0].Value ?? result.Values[0].Start);
        Assert.Equal(mod, result.Values[0].Mod);
    }
}
