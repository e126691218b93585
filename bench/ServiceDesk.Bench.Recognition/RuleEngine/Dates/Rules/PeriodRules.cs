using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Parts of the day: "this evening", "tonight", "last night", "in the morning", "ce soir", "early morning", "mornings".</summary>
internal static class PeriodRules
{
    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        if (words.French)
        {
            yield return R($@"\b(?:(?<rel>ce|cet|cette)\s+|(?:dans|pendant|durant|en)\s+(?:la|le|l')\s*|(?:le|la|l')\s*)?(?<p>{Periods.French})\b", Plain);
            yield return R(@"\b(?<p>tot|tard)\s+dans\s+la\s+(?<w>journee|matinee|soiree)\b", Edge);
            yield break;
        }

        yield return R(@"(?<=\b(?:after|before|around|during|at|by|until)\s+)(?<meal>breakfast|brunch|lunch|lunchtime|dinner|dinnertime|supper)\b", (m, _) => Meal(m.Text("meal")));
        yield return R(@"\b(?<p>tonight|tonite)\b", (_, c) => Periods.OnDay(DateBuild.Day(c.Today), "NI"));
        yield return R($@"\b(?<rel>this|last|next|yesterday|tomorrow)\s+(?<p>{Periods.English})\b", OnDay);
        yield return R($@"(?<!\bgood\s+)\b(?:(?:in|during|at)\s+the\s+|in\s+|at\s+)?(?<p>{Periods.English})\b", Plain);
        yield return R($@"\b(?<p>early|late|later)\s+(?:in\s+the\s+)?(?<w>morning|afternoon|evening|night|day)\b", Edge);
        yield return R($@"\b(?<p>later)\s+this\s+(?<w>morning|afternoon|evening)\b", (m, c) => Edge(m, c) is TimeRangeValue r
            ? new DateTimeRangeValue(Formats(c.Today) + r.Name, c.Today + r.From.Offset, c.Today + r.To.Offset) { Mod = "end" }
            : null);
    }

    private static string Formats(DateTime day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static TimeRangeValue Meal(string meal) => meal switch
    {
        "breakfast" => new TimeRangeValue(new ClockTime(8, Settled: true), new ClockTime(12, Settled: true), "TMEB"),
        "brunch" or "lunch" or "lunchtime" => new TimeRangeValue(new ClockTime(11, Settled: true), new ClockTime(13, Settled: true), "TMEL"),
        _ => new TimeRangeValue(new ClockTime(16, Settled: true), new ClockTime(20, Settled: true), "TMED"),
    };

    private static Temporal? Plain(Match m, DateContext c)
    {
        if (Periods.Code(m.Text("p")) is not { } code) return null;
        var text = m.Text("p");
        if (!c.French && text == "night" && m.Value == text) return null;
        if (!c.French && text.EndsWith('s') && !m.Value.StartsWith("in", StringComparison.Ordinal)) return new SetValue("T" + code);
        return Periods.Range(code);
    }

    private static Temporal? OnDay(Match m, DateContext c)
    {
        if (Periods.Code(m.Text("p")) is not { } code) return null;
        var shift = m.Text("rel") switch { "last" or "yesterday" => -1, "next" or "tomorrow" => 1, _ => 0 };
        return Periods.OnDay(DateBuild.Offset(c, shift), code);
    }

    private static Temporal? Edge(Match m, DateContext c)
    {
        var word = m.Text("w");
        var early = m.Text("p") is "early" or "tot";
        if (word is "day" or "journee")
        {
            var noon = c.Today.AddHours(12);
            return early
                ? new DateTimeRangeValue(Formats(c.Today), c.Today, noon) { Mod = "start" }
                : new DateTimeRangeValue(Formats(c.Today), noon, c.Today.AddSeconds(86399)) { Mod = "end" };
        }

        if (Periods.Code(word) is not { } code) return null;
        var (from, to) = Periods.Hours(code);
        var middle = (from + to) / 2;
        return early
            ? new TimeRangeValue(new ClockTime(from, Settled: true), new ClockTime(middle, Settled: true), "T" + code) { Mod = "start" }
            : new TimeRangeValue(new ClockTime(middle, Settled: true), new ClockTime(to == 24 ? 23 : to, Settled: true), "T" + code) { Mod = "end" };
    }
}
