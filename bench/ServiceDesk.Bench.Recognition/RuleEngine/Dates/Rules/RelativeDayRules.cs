using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Days and moments named from today: "hier", "avant-hier", "tomorrow", "the day after tomorrow", "now".</summary>
internal static class RelativeDayRules
{
    private static readonly Dictionary<string, int> English = new(StringComparer.Ordinal)
    {
        ["today"] = 0, ["tomorrow"] = 1, ["tmrw"] = 1, ["tmr"] = 1, ["yesterday"] = -1, ["the day"] = 0,
        ["day after tomorrow"] = 2, ["the day after tomorrow"] = 2, ["day before yesterday"] = -2,
        ["the day before yesterday"] = -2, ["the day after"] = 1, ["the day before"] = -1,
    };

    private static readonly Dictionary<string, int> French = new(StringComparer.Ordinal)
    {
        ["aujourd'hui"] = 0, ["aujourdhui"] = 0, ["auj"] = 0, ["demain"] = 1, ["hier"] = -1, ["avant hier"] = -2,
        ["apres demain"] = 2, ["lendemain"] = 1, ["le lendemain"] = 1, ["la veille"] = -1, ["la journee"] = 0,
        ["ce jour"] = 0, ["ce jour ci"] = 0,
    };

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var table = words.French ? French : English;
        yield return new Rule(Patterns.Create($@"\b(?<rel>{DateVocabulary.Alternation(table.Keys)})\b"), (m, c) =>
            table.TryGetValue(DateVocabulary.Clean(m.Text("rel")), out var days) ? DateBuild.Offset(c, days) : null);
        var now = words.French
            ? @"maintenant|tout\s+de\s+suite|en\s+ce\s+moment|actuellement|a\s+l'heure\s+actuelle"
            : @"right\s+now|now|at\s+the\s+moment|at\s+present|at\s+the\s+present\s+time|currently|as\s+of\s+now";
        yield return new Rule(Patterns.Create($@"\b(?:{now})\b"), (_, _) => new ReferenceValue("PRESENT_REF"));
        if (!words.French) yield return new Rule(Patterns.Create(@"(?<=\b(?:(?<!\bup\s+)to|till|until)\s+)date\b|\bcurrent\s+date\b"), (_, c) => new ReferenceValue("PRESENT_REF"));
        var soon = words.French ? @"le\s+plus\s+tot\s+possible|des\s+que\s+possible|au\s+plus\s+vite" : @"as\s+soon\s+as\s+possible|asap";
        yield return new Rule(Patterns.Create($@"\b(?:{soon})\b"), (_, _) => new ReferenceValue("FUTURE_REF"));
    }
}
