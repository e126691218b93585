using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Edges of a stretch: "end of the day", "end of tomorrow", "end of this year", "the middle of 2000", "mid-November", "earlier this month", "fin de dimanche".</summary>
internal static class EdgeRules
{
    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var f = new Fragments(words);
        if (words.French)
        {
            yield return R($@"\b(?:a\s+la\s+)?fin\s+(?:de\s+la\s+|de\s+|du\s+)?(?:(?<d>journee|aujourd'hui|demain|hier)|{f.Weekday})\b", EndOfDay);
            yield return R(@"\b(?<edge>fin|debut|milieu)\s+(?:de\s+l'|d'|du\s+|de\s+)(?<unit>annee|mois|semaine)\b", (m, c) => Relative(Edge(m.Text("edge")), Unit(m.Text("unit")), c));
            yield return R($@"\b(?<edge>fin|debut|milieu|mi)[\s-]+(?:de\s+|d')?{f.Month}\b", MonthEdge);
            yield break;
        }

        yield return R(@"\b(?:the\s+)?(?:end\s+of\s+(?:the\s+)?day|eod)\b", (_, c) => EndOf(DateBuild.Offset(c, 0)));
        yield return R($@"\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?:(?<d>today|tomorrow|yesterday)|{f.Weekday})\b", EndOfDay);
        yield return R(@"\b(?<edge>end|middle|beginning|start)\s+of\s+(?:(?:this|the)\s+)?(?<unit>year|month|week)\b", (m, c) => Relative(m.Text("edge"), m.Text("unit"), c));
        yield return R(@"\b(?<edge>eoy|eom)\b", (m, c) => Relative("end", m.Text("edge") == "eoy" ? "year" : "month", c));
        yield return R(@"\b(?<edge>end|middle|mid|beginning|start)\s+of\s+(?:the\s+year\s+)?(?<year>\d{4})\b", YearEdge);
        yield return R($@"\b(?<edge>end|middle|mid|beginning|start|early|late)(?:\s+of\s+|[\s-]+){f.Month}\b", MonthEdge);
        yield return R(@"\b(?<edge>earlier|later)\s+(?:this|in\s+the)\s+(?<unit>week|month|year)\b", Partial);
        yield return R(@"\b(?:remaining|remainder|rest)\s+of\s+(?:the|this)\s+week\b", (_, c) =>
            Spans.Between(c.Today, DayMath.InWeek(c.Today, 7), $"P{(DayMath.InWeek(c.Today, 7) - c.Today).Days}D"));
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static DateTimeValue EndOf(DateValue day) => new(day, new ClockTime(23, 59, 59, 3, true));

    private static Temporal? EndOfDay(Match m, DateContext c)
    {
        if (m.Weekday(c) is { } weekday) return EndOf(DateBuild.Weekday(weekday, c));
        var shift = m.Text("d") switch { "tomorrow" or "demain" => 1, "yesterday" or "hier" => -1, _ => 0 };
        return EndOf(DateBuild.Offset(c, shift));
    }

    private static string Edge(string french) => french switch { "fin" => "end", "debut" => "beginning", _ => "middle" };

    private static string Unit(string french) => french switch { "annee" => "year", "mois" => "month", _ => "week" };

    private static Temporal? Relative(string edge, string unit, DateContext c)
    {
        if (Spans.Unit(unit, 0, c.Reference) is not { Start: { } start, End: { } end } whole) return null;
        var middle = unit == "year" ? start.AddMonths(6) : start.AddDays((end - start).Days / 2);
        var mod = edge switch { "end" => "end", "middle" => "mid", _ => "start" };
        return edge switch
        {
            "end" => whole with { Start = middle, Mod = mod },
            "middle" => whole with { Start = start.AddDays((end - start).Days / 4), End = start.AddDays((end - start).Days * 3 / 4), Mod = mod },
            _ => whole with { End = middle, Mod = mod },
        };
    }

    private static Temporal? YearEdge(Match m, DateContext c)
    {
        var year = m.Year()!.Value;
        var whole = Spans.Year(year);
        var (from, to, mod) = m.Text("edge") switch
        {
            "end" => (9, 13, "end"),
            "middle" or "mid" => (5, 9, "mid"),
            _ => (1, 5, "start"),
        };
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return whole with { Start = start.AddMonths(from - 1), End = start.AddMonths(to - 1), Mod = mod };
    }

    private static Temporal? MonthEdge(Match m, DateContext c)
    {
        if (m.Month(c) is not { } month) return null;
        var year = month <= c.Reference.Month ? c.Reference.Year : c.Reference.Year - 1;
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var timex = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
        return m.Text("edge") switch
        {
            "end" or "late" or "fin" => new DateRangeValue(timex, first.AddDays(15), first.AddMonths(1)) { Mod = "end" },
            "middle" or "mid" or "mi" or "milieu" => new DateRangeValue(timex, first.AddDays(9), first.AddDays(20)) { Mod = "mid" },
            _ => new DateRangeValue(timex, first, first.AddDays(10)) { Mod = "start" },
        };
    }

    private static Temporal? Partial(Match m, DateContext c)
    {
        if (Spans.Unit(m.Text("unit"), 0, c.Reference) is not { Start: { } start, End: { } end } whole) return null;
        var middle = m.Text("unit") switch
        {
            "week" => start.AddDays(3),
            "month" => start.AddDays(15),
            _ => start.AddMonths(6),
        };
        return m.Text("edge") == "earlier"
            ? whole with { End = c.Today < middle ? c.Today : middle }
            : whole with { Start = c.Today > middle ? c.Today : middle };
    }
}
