using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Days written out: "Oct 2", "4th of July 1995", "14 octobre", "1/1/2015", "2016-10-16", "le 23", "the 18th".</summary>
internal static class DateRules
{
    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var f = new Fragments(words);
        var sep = @"(?:\s*[/.-]\s*|\s*(?:the\s+)?)";
        yield return R($@"\b{f.Month}{sep}{f.AnyDay}(?:{Fragments.YearSep}{Fragments.Year})?(?![\d:])\b", MonthDay);
        yield return R($@"(?<![$€£]\s?)\b(?:(?<rel>next|last|this)\s+)?(?:the\s+)?{f.AnyDay}(?:\s+of|\s+de)?(?:\s*[/.-]\s*|\s+){f.Month}(?:{Fragments.YearSep}{Fragments.Year})?\b", MonthDay);
        if (!words.French) yield return R($@"\b{f.AnyDay}\s+{f.Month}\s+{YearWords.Pattern}\b", MonthDay);
        yield return R($@"\b{Fragments.Year}[/-]{f.Month}[/-]{Fragments.Day}\b", MonthDay);
        yield return R($@"\b{Fragments.Year}[/-]{Fragments.Day}[/-]{f.Month}\b", MonthDay);
        yield return R($@"\b{Fragments.Day}[/-]{Fragments.Year}[/-]{f.Month}\b", MonthDay);
        yield return R($@"\b{f.Month}[/-]{Fragments.Year}[/-]{Fragments.Day}\b", MonthDay);
        yield return R(@"(?<![\d/.:,])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/:]|[.,]\d)", Numeric);
        yield return R(@"(?<![\d/.:,-])(?<a>\d{2}) (?<b>\d{2}) (?<y>\d{4}|\d{2})(?![\d/:]|[.,]\d)", Numeric);
        yield return R(@"(?<![\d/.:,])(?<a>\d{1,2})/(?<b>\d{1,2})(?![\d/]|[.,]\d)", Numeric);
        yield return R($@"(?<=\b{f.Weekday}\s*)(?<a>\d{{1,2}})\.(?<b>\d{{1,2}})(?![\d/]|[.,]\d)", Numeric);
        yield return R(@"(?<!\d-|\d)(?<y>\d{4})(?<sep>[-/.])(?<b>\d{1,2})\k<sep>(?<a>\d{1,2})(?![\d-])", Iso);
        yield return R(@"(?<![\d-])(?<y>\d{4}) (?<b>\d{2}) (?<a>\d{2})(?![\d])", Iso);
        yield return R(@"(?<!\d)(?<y>(?:19|20)\d{2})(?<b>0[1-9]|1[0-2])(?<a>0[1-9]|[12]\d|3[01])(?!\d)", Iso);
        yield return words.French
            ? R(@"\ble\s+(?<span>(?<day>[12]\d|3[01]|0?[1-9])(?:er)?)\b(?!\s*(?:%|€|\$|h\b|heures?|[.,:/]\d))", DayOnly)
            : R(@"\bthe\s+(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|\$|[.,:/]\d))", DayOnly);
        yield return R(@"(?<![\d.,])\b(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b", DayOnly);
        yield return R($@"\b(?:the\s+)?{f.AnyDay}\s+day\s+of\s+(?:the\s+|this\s+|(?<rel>next|last|previous)\s+)month\b", DayOfMonth);
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static Temporal? MonthDay(Match m, DateContext c)
    {
        if (m.Month(c) is not { } month || m.Day(c) is not { } day || DateBuild.Explicit(m.Year(c), month, day, c) is not { } date) return null;
        return m.Text("rel") switch
        {
            "next" when date.Future is { } f => date with { Day = f },
            _ => date,
        };
    }

    private static Temporal? DayOfMonth(Match m, DateContext c)
    {
        var shift = m.Text("rel") switch { "next" => 1, "last" or "previous" => -1, _ => 0 };
        var month = DayMath.FirstOfMonth(c.Reference).AddMonths(shift);
        return m.Day(c) is { } day && DayMath.Safe(month.Year, month.Month, day) is { } date ? DateBuild.Day(date) : null;
    }

    private static Temporal? DayOnly(Match m, DateContext c) => m.Day(c) is { } day ? DateBuild.DayOnly(day, c) : null;

    private static Temporal? Numeric(Match m, DateContext c)
    {
        var a = m.Int("a")!.Value;
        var b = m.Int("b")!.Value;
        var dayFirst = c.French || a > 12;
        var (month, day) = dayFirst ? (b, a) : (a, b);
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        int? year = m.Has("y") ? DateBuild.Year(m.Text("y")) : null;
        if (!m.Has("y") && m.Text("sep") == "-") return null;
        var shortYear = m.Text("y") is { Length: 2 } y && y[0] == '3';
        if (!c.French && shortYear && DateBuild.Explicit(year, month, day, c) is { } full)
        {
            return full with { Timex = "XX" + full.Timex[2..] };
        }

        return DateBuild.Explicit(year, month, day, c);
    }

    private static Temporal? Iso(Match m, DateContext c)
    {
        var year = m.Int("y")!.Value;
        return year is < 1000 or > 2999 ? null : DateBuild.Explicit(year, m.Int("b")!.Value, m.Int("a")!.Value, c);
    }
}
