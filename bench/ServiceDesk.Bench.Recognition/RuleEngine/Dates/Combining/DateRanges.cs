using System.Globalization;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>
/// Ranges between two days, months or years: the start is read as said (the past reading when
/// the year is missing) and the end is the first such day after it.
/// </summary>
internal static class DateRanges
{
    public static Temporal? Between(Temporal a, Temporal b, DateContext c) => (a, b) switch
    {
        (DateValue x, DateValue y) => Days(x, y, c),
        (NumberValue { Number: >= 1 and <= 31 } n, DateValue y) when DayParts.Of(y) is { } p => Days(DateBuild.Explicit(p.Year, p.Month, n.Number, c), y, c),
        (DateValue x, NumberValue { Number: >= 1 and <= 31 } n) when DayParts.Of(x) is { } p => Days(x, DateBuild.Explicit(p.Year, p.Month, n.Number, c), c),
        (DateRangeValue x, DateRangeValue y) => Spans(x, y, c),
        (DateRangeValue { Start: { } s } x, DateValue { Day: { } e }) => Span(s, e, false),
        (DateValue { Day: { } s }, DateRangeValue { Start: { } e }) => Span(s, e, false),
        (DateRangeValue { Start: { } s }, ReferenceValue) => Span(s, c.Today, false),
        (DateValue { Day: { } s }, ReferenceValue) => Span(s, c.Today, false),
        _ => null,
    };

    public static Temporal? Moments(DateTimeValue a, DateTimeValue b)
    {
        if (a.Date.Day is not { } da || b.Date.Day is not { } db) return null;
        var start = da + a.Clock.Offset;
        var end = db + b.Clock.Offset;
        if (end <= start) return null;
        return new DateTimeRangeValue($"({a.Date.Timex}{a.Clock.Timex},{b.Date.Timex}{b.Clock.Timex},{Formats.SpanTimex(end - start)})", start, end);
    }

    private static Temporal? Days(DateValue? x, DateValue? y, DateContext c)
    {
        if (x is null || y is null) return null;
        var px = DayParts.Of(x);
        var py = DayParts.Of(y);
        if (px is null && py is { } known && DayOnly(x) is { } dx) px = known with { Day = dx };
        if (py is null && px is { } first && DayOnly(y) is { } dy) py = first with { Day = dy };
        if (px is { } a && py is { } b) return Explicit(a, b, c);
        if (x.Day is not { } start) return null;
        var end = y.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) ? DayMath.InWeek(start, DayMath.IsoDay(y.Day ?? start)) : y.Day;
        if (end < start) end = end.Value.AddDays(7);
        return end is { } e ? new DateRangeValue($"({Formats.Day(start)},{Formats.Day(e)},P{(e - start).Days}D)", start, e) : null;
    }

    private static Temporal? Explicit(DayParts a, DayParts b, DateContext c)
    {
        var yearLess = a.Year is null && b.Year is null;
        if (a.Year is null && b.Year is { } yb) a = a with { Year = Before(a, b) ? yb : yb - 1 };
        if (b.Year is null && a.Year is { } ya) b = b with { Year = Before(a, b) ? ya : ya + 1 };
        if (yearLess)
        {
            var start = DayMath.PastMonthDay(c.Reference, a.Month, a.Day);
            a = a with { Year = start?.Year };
            b = b with { Year = start is null ? null : Before(a, b) ? start.Value.Year : start.Value.Year + 1 };
        }

        var s = a.Year is { } y1 ? DayMath.Safe(y1, a.Month, a.Day) : null;
        var e = b.Year is { } y2 ? DayMath.Safe(y2, b.Month, b.Day) : null;
        var length = s is { } ss && e is { } ee ? $"P{(ee - ss).Days}D" : "PXD";
        return new DateRangeValue($"({a.Timex(!yearLess)},{b.Timex(!yearLess)},{length})", s is null || e is null ? null : s, s is null || e is null ? null : e);
    }

    private static int? DayOnly(DateValue value) =>
        value.Timex.StartsWith("XXXX-XX-", StringComparison.Ordinal) && int.TryParse(value.Timex.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool Before(DayParts a, DayParts b) => a.Month < b.Month || (a.Month == b.Month && a.Day <= b.Day);

    private static Temporal? Spans(DateRangeValue x, DateRangeValue y, DateContext c)
    {
        var (sx, sy) = (RangeShape.Of(x), RangeShape.Of(y));
        if (sx.YearLess && !sy.YearLess && sy.Year is { } year && sx.Month is { } mx)
        {
            var startYear = mx <= (sy.Month ?? 12) ? year : year - 1;
            x = RangeShape.MonthOf(startYear, mx);
        }
        else if (sx.YearLess && sy.YearLess && x.Start is { } start && sy.Month is { } my)
        {
            var endYear = my > start.Month ? start.Year : start.Year + 1;
            return Span(start, new DateTime(endYear, my, 1, 0, 0, 0, DateTimeKind.Unspecified), true);
        }

        if (x.Start is not { } from) return null;
        var to = y.Mod == "end" ? y.End : y.Start;
        var years = sx.IsYear && sy.IsYear && y.Mod is null;
        return to is { } t ? Span(from, t, false, years) : null;
    }

    public static DateRangeValue? Span(DateTime start, DateTime end, bool yearLess, bool years = false)
    {
        if (end <= start) return null;
        var format = yearLess ? "'XXXX'-MM-dd" : "yyyy-MM-dd";
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        var length = start.Day == 1 && end.Day == 1
            ? (years && months % 12 == 0 ? $"P{months / 12}Y" : $"P{months}M")
            : $"P{(end - start).Days}D";
        var timex = $"({start.ToString(format, CultureInfo.InvariantCulture)},{end.ToString(format, CultureInfo.InvariantCulture)},{length})";
        return new DateRangeValue(timex, start, end);
    }
}
