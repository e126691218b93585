using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Numbered weeks and months: "week 31", "week 3 of 2027", "first week of 2015", "last week of Dec 2016", "the third month of 2021".</summary>
internal static class WeekRules
{
    private const string Ordinal = @"(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|\d{1,2}(?:st|nd|rd|th))";
    private const string YearPart = @"(?:(?<year>\d{4})|(?<rel>this|next|last)\s+year)";

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        if (words.French) yield break;
        var f = new Fragments(words);
        yield return R($@"\bweek\s+(?<n>\d{{1,2}})(?:\s+of\s+{YearPart})?\b(?![.:]\d|\s*[ap]\.?\s*m\b)", (m, c) => IsoWeek(YearOf(m, c), m.Int("n")!.Value));
        yield return R($@"\b(?:the\s+)?{Ordinal}\s+week\s+of\s+{YearPart}\b", YearWeek);
        yield return R($@"\b(?:the\s+)?{Ordinal}\s+week\s+of\s+{f.Month}(?:\s+(?<year>\d{{4}}))?\b", MonthWeek);
        yield return R($@"\b(?:the\s+)?{Ordinal}\s+month\s+of\s+{YearPart}\b", (m, c) =>
            Rank(m.Text("ord")) is { } n and >= 1 and <= 12 ? Spans.Month(new DateTime(YearOf(m, c), n, 1, 0, 0, 0, DateTimeKind.Unspecified)) : null);
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static int YearOf(Match m, DateContext c) =>
        m.Year() ?? c.Reference.Year + (m.Text("rel") switch { "next" => 1, "last" => -1, _ => 0 });

    private static int? Rank(string text) =>
        Array.IndexOf(Ordinals, text) is var i and >= 0 ? i + 1 : int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static Temporal? IsoWeek(int year, int week)
    {
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
        var monday = ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
        return new DateRangeValue(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-W{week:00}"), monday, monday.AddDays(7));
    }

    private static Temporal? YearWeek(Match m, DateContext c)
    {
        var year = YearOf(m, c);
        var week = m.Text("ord") == "last" ? ISOWeek.GetWeeksInYear(year) : Rank(m.Text("ord"));
        return week is { } w ? IsoWeek(year, w) : null;
    }

    private static Temporal? MonthWeek(Match m, DateContext c)
    {
        if (m.Month(c) is not { } month) return null;
        var year = m.Year() ?? (month <= c.Reference.Month ? c.Reference.Year : c.Reference.Year - 1);
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var lastMonday = DayMath.Monday(first.AddMonths(1).AddDays(-1));
        var weeks = ((lastMonday - DayMath.Monday(first)).Days / 7) + 1;
        var n = m.Text("ord") == "last" ? weeks : Rank(m.Text("ord"));
        if (n is null || n < 1 || n > weeks) return null;
        var monday = DayMath.Monday(first).AddDays(7 * (n.Value - 1));
        var prefix = m.Has("year") ? year.ToString("0000", CultureInfo.InvariantCulture) : "XXXX";
        return new DateRangeValue(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{month:00}-W{n:00}"), monday, monday.AddDays(7));
    }
}
