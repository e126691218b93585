using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Holidays: "Christmas", "black friday 2010", "last easter", "la Toussaint".</summary>
internal static class HolidayRules
{
    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        _ = words;
        var names = DateVocabulary.Alternation(Holidays.Names);
        yield return new Rule(Patterns.Create($@"\b(?:(?<rel>last|previous|next|following|this)\s+)?(?<name>{names})\b(?:\s+(?<year>\d{{4}}))?"), Build);
    }

    private static Temporal? Build(Match m, DateContext c)
    {
        var name = DateVocabulary.Clean(m.Text("name")).Replace('-', ' ');
        if (m.Year() is { } year) return Holidays.On(name, year) is { } day ? DateBuild.Day(day) : null;
        var rel = m.Text("rel");
        var past = Occurrence(name, c.Today, -1);
        var next = Occurrence(name, c.Today, 1);
        if (rel is "next" or "following") return next is { } n ? DateBuild.Day(n) : null;
        if (rel is "last" or "previous") return past is { } p ? DateBuild.Day(p) : null;
        if (rel is "this") return Holidays.On(name, c.Reference.Year) is { } t ? DateBuild.Day(t) : null;
        if (!Holidays.IsFixed(name)) return past is { } q ? DateBuild.Day(q) with { Future = next } : null;
        var any = Holidays.On(name, 2001)!.Value;
        return new DateValue(string.Create(CultureInfo.InvariantCulture, $"XXXX-{any.Month:00}-{any.Day:00}"), past, 2) { Future = next };
    }

    private static DateTime? Occurrence(string name, DateTime today, int direction)
    {
        DateTime? best = null;
        for (var year = today.Year - 2; year <= today.Year + 2; year++)
        {
            if (Holidays.On(name, year) is not { } day) continue;
            if (direction < 0 && day < today && (best is null || day > best)) best = day;
            if (direction > 0 && day > today && (best is null || day < best)) best = day;
        }

        return best;
    }
}
