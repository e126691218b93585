using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Lengths of time: "3 hours", "3.5years", "an hour and a half", "all day", "quelques semaines", "depuis 1 an".</summary>
internal static class DurationRules
{
    private const string Half = @"(?<half>and\s+a\s+half|and\s+half|et\s+demie?|and\s+a\s+quarter|and\s+three\s+quarters)";

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var f = new Fragments(words);
        var mod = words.French
            ? @"(?:(?<mod>depuis|plus\s+de|moins\s+de|au\s+moins|au\s+plus|pendant\s+plus\s+de)\s+)?"
            : @"(?:(?<mod>more\s+than|less\s+than|over|under|at\s+least|at\s+most|upwards\s+of|no\s+more\s+than)\s+)?";
        var amount = $@"(?<num>{Amounts.Pattern(words)}|another|(?:une\s+)?demie?|half\s+an?|a\s+half)";
        var units = DateVocabulary.Alternation(words.Units.Keys.Where(k => k.Length > 1));
        var unit = $@"(?:\s*-?\s*(?<unit>{units})|(?<=\d)(?<unit>[hdwysj])|(?<=\d)\s+(?<unit>h))(?![\p{{L}}\d])";
        yield return R($@"(?<![\p{{L}}\d]){mod}{amount}(?:\s+{Half})?{unit}(?:\s+{Half})?", Amounted(words));
        var whole = words.French
            ? @"\b(?<all>tout|toute|toutes|tous)\s+(?:le|la|l'|les)\s*(?<unit>journee|jour|mois|annee|an|semaine|nuit|week-end)\b"
            : @"\b(?<all>all|full|whole|the\s+whole|entire|the\s+entire)[\s-]+(?<unit>day|week|month|year|night|weekend)\b";
        yield return R(whole, (m, c) => c.Words.UnitOf(m.Text("unit")) is { } u ? new DurationValue(1, u) : null);
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static Func<Match, DateContext, Temporal?> Amounted(DateVocabulary words) => (m, c) =>
    {
        if (words.UnitOf(m.Text("unit")) is not { } unit) return null;
        var amount = Amount(m.Text("num"), c);
        if (amount is null or <= 0 || (m.Text("unit").Length == 1 && amount >= 1000)) return null;
        amount += HalfOf(m.Text("half"));
        if (words.French && unit == DurationUnit.Hour && m.Text("mod") != "depuis" && FrenchTimeRules.ClockHere(m.Index, m.Index + m.Length, c)) return null;
        return new DurationValue(amount.Value, unit) { Mod = Mod(m.Text("mod")) };
    };

    private static double? Amount(string text, DateContext c)
    {
        var clean = DateVocabulary.Clean(text);
        return clean switch
        {
            "another" => 1,
            "demi" or "demie" or "une demi" or "une demie" or "half a" or "half an" or "a half" => 0.5,
            _ => Amounts.Parse(clean, c),
        };
    }

    private static double HalfOf(string text) =>
        text.Length == 0 ? 0 : text.Contains("three", StringComparison.Ordinal) ? 0.75 : text.Contains("quarter", StringComparison.Ordinal) ? 0.25 : 0.5;

    private static string? Mod(string text) => DateVocabulary.Clean(text) switch
    {
        "" => null,
        "depuis" => "since",
        "more than" or "over" or "at least" or "upwards of" or "plus de" or "au moins" or "pendant plus de" => "more",
        _ => "less",
    };
}
