using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Months, years, quarters, weeks, decades and seasons: "November", "juillet 98", "2008", "q1 2019", "week 31", "1990s", "summer".</summary>
internal static class CalendarRules
{
    private const string NotAfterYear = @"(?![\d:,./]\d|-\d{1,2}(?!\d)|-\d+-|\s*(?:%|€|\$|km|kg|people|personnes|euros?|dollars?))";

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var f = new Fragments(words);
        var bareMonth = words.French ? f.Month : $@"(?<month>{DateVocabulary.Alternation(words.Months.Keys.Where(k => k.Length > 4 || k == "june" || k == "july"))})";
        var shortMonth = $@"(?:(?<=\b(?:from|in|since|until|till|before|after|during|between|of)\s+){f.Month}|{f.Month}(?=\s*(?:to|-|through|till|until|and)\s*(?:{words.Month})))";
        yield return R($@"\b(?:(?<rel>this|next|last)\s+)?{shortMonth}(?![\s/.-]*\d)", Month);
        yield return R($@"\b(?:(?<rel>this|next|last|cette|ce)\s+)?{bareMonth}(?:(?:\s+of|\s+de|,)?\s+(?<year>\d{{4}}|'\d{{2}}))?\b(?![\s/.-]*\d)", Month);
        yield return R($@"\b{f.Month}(?:(?:\s+of|\s+de|,)?\s+|\s*[/-]\s*)(?<year>\d{{4}})\b", Month);
        if (words.French) yield return R($@"\b{f.Month}\s+(?<year>\d{{2}})\b(?![\s/.:-]*\d)", Month);
        yield return R($@"(?<![\d#$€°])(?<![n]°\s?)(?<![^\d]\d{{1,3}}\s*-\s*)(?<!^\d{{1,3}}\s*-\s*)(?<!\d-\d{{4}}-)(?<eq>=\s*)?\b(?<year>(?:1[0-9]|20)\d{{2}})\b{NotAfterYear}", (m, c) => m.Year() is { } y ? Spans.Year(y) : null);
        if (!words.French)
        {
            yield return R($@"\b{YearWords.Pattern}\b", (m, c) => m.Text("yw").Split(' ').Length >= 3 && m.Year(c) is { } y ? Spans.Year(y) : null);
            yield return R($@"\b{f.Month}\s+{YearWords.Pattern}\b", Month);
        }

        yield return R(@"\b(?<year>(?:1[0-9]|20)\d{2})-(?<mon>0?[1-9]|1[0-2])\b(?![-/.]\d)", (m, c) => Spans.Month(new DateTime(m.Year()!.Value, m.Int("mon")!.Value, 1, 0, 0, 0, DateTimeKind.Unspecified)));
        yield return R(@"\b(?:(?<year>\d{4})\s*-?\s*)?q(?<q>[1-4])(?:(?:\s*-\s*|\s+|\s+of\s+)(?<year>\d{4}))?\b", Quarter);
        yield return R(@"\b(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?<year>\d{4})\b", Quarter);
        yield return R(@"\b(?<year>\d{4})\s*-?\s*h(?<h>[12])\b", (m, c) => Half(m.Year()!.Value, m.Int("h")!.Value));
        yield return R(@"\b(?<decade>(?:1[0-9]|20)\d0)'?s\b", Decade);
        yield return R(@"\bles\s+annees\s+(?<decade>(?:1[0-9]|20)\d0)\b", Decade);
        yield return R(@"\b(?<c>[12]?\d)(?:st|nd|rd|th|e|eme)\s+(?:century|siecle)\b", (m, c) => Century(m.Int("c")!.Value));
        yield return R(words.French ? @"(?<=\b(?:l'|cet\s+|en\s+|d'|les\s+|des\s+))(?<s>ete|hiver|printemps|automne)\b|\b(?<s>hiver|printemps|automne)\b" : @"\b(?<s>summer|winter|spring|fall|autumn)\b", Season);
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static Temporal? Month(Match m, DateContext c)
    {
        if (m.Month(c) is not { } month) return null;
        var rel = m.Text("rel");
        if (m.Has("year") || m.Has("yw"))
        {
            var year = m.Has("yw") ? m.Year(c) : DateBuild.Year(m.Text("year").TrimStart('\''));
            return year is { } y ? Spans.Month(new DateTime(y, month, 1, 0, 0, 0, DateTimeKind.Unspecified)) : null;
        }

        if (rel is "this" or "cette" or "ce") return Spans.Month(new DateTime(c.Reference.Year, month, 1, 0, 0, 0, DateTimeKind.Unspecified));
        if (rel is "next" or "last") return Spans.Month(new DateTime(c.Reference.Year + (rel == "next" ? 1 : -1), month, 1, 0, 0, 0, DateTimeKind.Unspecified));
        var past = month <= c.Reference.Month ? c.Reference.Year : c.Reference.Year - 1;
        var first = new DateTime(past, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateRangeValue(string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}"), first, first.AddMonths(1));
    }

    private static Temporal? Quarter(Match m, DateContext c)
    {
        var q = m.Text("q") switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, "fourth" or "4th" => 4, var d => int.Parse(d, CultureInfo.InvariantCulture) };
        var year = m.Year();
        var start = new DateTime(year ?? c.Reference.Year, ((q - 1) * 3) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        if (year is not null) return Spans.Quarter(start);
        var end = start.AddMonths(3);
        return new DateRangeValue(string.Create(CultureInfo.InvariantCulture, $"(XXXX-{start.Month:00}-01,XXXX-{end.Month:00}-01,P3M)"), start, end);
    }

    private static DateRangeValue Half(int year, int half)
    {
        var start = new DateTime(year, half == 1 ? 1 : 7, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return Spans.Between(start, start.AddMonths(6), "P6M");
    }

    private static Temporal? Decade(Match m, DateContext c)
    {
        var year = m.Int("decade")!.Value;
        return Spans.Between(DayMath.FirstOfYear(year), DayMath.FirstOfYear(year + 10), "P10Y");
    }

    private static Temporal? Century(int century) =>
        century is < 2 or > 30 ? null : Spans.Between(DayMath.FirstOfYear((century - 1) * 100), DayMath.FirstOfYear(century * 100), "P100Y");

    private static Temporal? Season(Match m, DateContext c) => m.Text("s") switch
    {
        "summer" or "ete" => new DateRangeValue("SU", null, null),
        "winter" or "hiver" => new DateRangeValue("WI", null, null),
        "spring" or "printemps" => new DateRangeValue("SP", null, null),
        _ => new DateRangeValue("FA", null, null),
    };
}
