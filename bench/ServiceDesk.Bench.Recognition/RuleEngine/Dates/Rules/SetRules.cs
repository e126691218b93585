using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Repeats: "weekly", "every Monday", "each two days", "every other day", "chaque lundi", "tous les jours", "toutes les trois semaines", "thursdays".</summary>
internal static class SetRules
{
    private static readonly Dictionary<string, string> Adverbs = new(StringComparer.Ordinal)
    {
        ["weekly"] = "P1W", ["daily"] = "P1D", ["everyday"] = "P1D", ["annually"] = "P1Y", ["yearly"] = "P1Y", ["monthly"] = "P1M",
        ["quarterly"] = "P3M", ["hourly"] = "PT1H", ["biweekly"] = "P2W", ["fortnightly"] = "P2W", ["nightly"] = "TNI",
        ["hebdomadaire"] = "P1W", ["hebdomadairement"] = "P1W", ["quotidien"] = "P1D", ["quotidiennement"] = "P1D", ["journalier"] = "P1D",
        ["annuellement"] = "P1Y", ["annuel"] = "P1Y", ["mensuel"] = "P1M", ["mensuellement"] = "P1M", ["trimestriel"] = "P3M",
    };

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var f = new Fragments(words);
        yield return R($@"\b(?<w>{DateVocabulary.Alternation(Adverbs.Keys)})\b", (m, _) => new SetValue(Adverbs[m.Text("w")]));
        var every = words.French
            ? @"chaque|tous\s+les|toutes\s+les|une\s+fois\s+par|par"
            : @"every|each|once\s+an?|once\s+per|per|any";
        var period = words.French ? Periods.French : Periods.English;
        yield return R($@"\b(?<every>{every})\s+(?:(?<other>other)\s+|{f.Amount}\s+)?(?:{f.Unit}|{f.Weekday}s?|(?<p>{period}))\b", Every);
        yield return R($@"\b{Fragments.Day}\s+of\s+every\s+month\b", (m, _) => m.Int("day") is { } d ? new SetValue($"XXXX-XX-{d:00}") : null);
        yield return R(words.French ? $@"\bles\s+{f.Weekday}s\b" : $@"\b(?<weekday>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b", (m, c) =>
            c.Words.WeekdayOf(m.Text("weekday").TrimEnd('s')) is { } d ? new SetValue($"XXXX-WXX-{d}") : null);
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static Temporal? Every(Match m, DateContext c)
    {
        if (m.Has("weekday")) return c.Words.WeekdayOf(m.Text("weekday").TrimEnd('s')) is { } d ? new SetValue($"XXXX-WXX-{d}") : null;
        if (m.Has("p")) return Periods.Code(m.Text("p")) is { } code ? new SetValue("T" + code) : null;
        if (c.Words.UnitOf(m.Text("unit")) is not { } unit) return null;
        var amount = m.Has("other") ? 2 : m.Has("num") ? Amounts.Parse(m.Text("num"), c) : 1;
        if (amount is null or <= 0) return null;
        if (m.Has("num") && m.Text("every").StartsWith("tou", StringComparison.Ordinal) is false && c.French && amount > 1) return null;
        return new SetValue(DurationTimex.Of(new DurationValue(amount.Value, unit)));
    }
}
