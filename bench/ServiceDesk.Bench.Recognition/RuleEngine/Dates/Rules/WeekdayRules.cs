using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Days named by their weekday: "Friday", "next Monday", "lundi dernier", "Monday 21", "tuesday of last week".</summary>
internal static class WeekdayRules
{
    private const string EnglishRel = @"this\s+past|this\s+upcoming|this\s+coming|next|last|this|coming|previous|past|upcoming|following";
    private const string WeekRel = @"next|last|this|previous|following|coming|past";

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var f = new Fragments(words);
        if (words.French)
        {
            yield return R($@"\b(?:(?<rel>ce)\s+)?{f.Weekday}(?:\s+(?<rel>prochain|dernier|passe|precedent|suivant|qui\s+vient))?(?![\p{{L}}])", Weekday);
        }
        else
        {
            yield return R($@"\b(?:(?<rel>{EnglishRel})\s+)?{f.Weekday}(?![\p{{L}}])", Weekday);
            yield return R($@"\b(?<rel>{WeekRel})\s+week(?:\s*-\s*|\s+on\s+|\s+){f.Weekday}(?![\p{{L}}])", InRelativeWeek);
            yield return R($@"\b{f.Weekday}\s+of\s+(?:the\s+)?(?<rel>{WeekRel})\s+week\b", InRelativeWeek);
        }

        yield return R($@"\b{f.Weekday}\s+(?:(?<the>the|le)\s+)?{f.AnyDay}\b(?!\s*(?:-\s*\d|[/.:]\d|{f.Month}|a\.?m|p\.?m|h\b|heures?))", WeekdayAndDay);
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static Temporal? Weekday(Match m, DateContext c)
    {
        if (m.Weekday(c) is not { } day) return null;
        var rel = DateVocabulary.Clean(m.Text("rel"));
        if (rel.Length == 0 && IsLooseAbbreviation(m, c)) return null;
        return Relative(rel, day, c) is { } value ? value with { Weekday = day } : null;
    }

    private static DateValue? Relative(string rel, int day, DateContext c)
    {
        var today = c.Today;
        return rel switch
        {
            "" => DateBuild.Weekday(day, c),
            "next" or "prochain" or "suivant" or "qui vient" => DateBuild.Day(DayMath.InWeek(today.AddDays(7), day)),
            "last" or "previous" or "past" => DateBuild.Day(DayMath.InWeek(today.AddDays(-7), day)),
            "this past" or "dernier" or "passe" or "precedent" => DateBuild.Day(DayMath.PastWeekday(c.Reference, day)),
            "this" or "ce" => DateBuild.Day(DayMath.InWeek(today, day)),
            _ => DateBuild.Day(NextAfter(today, day)),
        };
    }

    /// <summary>"mon", "sun", "sat" in lower case mean a weekday only before a day or a date ("mon 13th", "tue may 9").</summary>
    private static bool IsLooseAbbreviation(Match m, DateContext c)
    {
        var group = m.Groups["weekday"];
        if (c.French || group.Length > 4 || char.IsUpper(c.Text[group.Index])) return false;
        return !FollowedByDate.IsMatch(c.After(group.Index + group.Length, 12));
    }

    private static readonly Regex FollowedByDate = Patterns.Create(@"^\.?\s*,?\s*(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    private static DateTime NextAfter(DateTime today, int weekday)
    {
        var candidate = DayMath.InWeek(today, weekday);
        return candidate <= today ? candidate.AddDays(7) : candidate;
    }

    private static Temporal? InRelativeWeek(Match m, DateContext c)
    {
        if (m.Weekday(c) is not { } day) return null;
        var shift = DateVocabulary.Clean(m.Text("rel")) switch
        {
            "next" or "following" or "coming" => 7,
            "last" or "previous" or "past" => -7,
            _ => 0,
        };
        return DateBuild.Day(DayMath.InWeek(c.Today.AddDays(shift), day));
    }

    private static Temporal? WeekdayAndDay(Match m, DateContext c) =>
        m.Weekday(c) is { } weekday && m.Day(c) is { } day ? DateBuild.WeekdayAndDay(weekday, day, c, m.Has("the") || c.French) : null;
}
