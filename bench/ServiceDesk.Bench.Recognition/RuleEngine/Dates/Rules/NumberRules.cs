using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Bare numbers ("10", "0730", "seven", "ninth") kept aside for the combiner: an hour or a day once a neighbour says so.</summary>
internal static class NumberRules
{
    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        yield return new Rule(Patterns.Create(@"(?<![\d:.,/])\b(?<n>\d{1,2}|0\d[0-5]\d)(?:st|nd|rd|th|er|e)?\b(?![:,/]\d|\.\d)"), (m, _) =>
            new NumberValue(m.Int("n")!.Value, true, m.Text("n")));
        yield return new Rule(Patterns.Create($@"\b(?<w>{words.DayWord}|{words.HourWord})\b"), (m, c) =>
            (c.Words.DayWordOf(m.Text("w")) ?? c.Words.NumberOf(m.Text("w"))) is { } n ? new NumberValue(n, false, m.Text("w")) : null);
    }
}
