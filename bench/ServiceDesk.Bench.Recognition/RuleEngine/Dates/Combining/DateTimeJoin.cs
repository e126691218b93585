using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Puts a time on a day: "tomorrow 8am", "8am this morning", "tonight at 1am", "Monday 11-4", "5 to 6pm of April 22".</summary>
internal static class DateTimeJoin
{
    private static readonly HashSet<string> DayThenTime = new(StringComparer.Ordinal)
    {
        "", ",", "at", "on", "@", "a", "le", "vers", "around", "about", "for", "by", "the", "des", "-", "in the", "at about", "at around",
    };

    private static readonly HashSet<string> TimeThenDay = new(StringComparer.Ordinal) { "", ",", "on", "of", "le", "ce", "du", "de", "on the", "this" };

    private static readonly HashSet<string> DayThenPart = new(StringComparer.Ordinal) { "", "in the", "during the", "dans la", "dans le", "en", "au", "in" };

    public static Candidate? Try(Pair p) => (p.Left.Value, p.Right.Value) switch
    {
        (DateValue { Weekday: not null }, DateValue { Weekday: null } d) when p.Gap is "" or "," or "." or "the" or "le" or "-" && d.Timex.Length == 10 => p.Join(Inclusive(d, p.Context)),
        (DateValue d, TimeValue t) when DayThenTime.Contains(p.Gap) => p.Join(new DateTimeValue(d, t.Clock)),
        (TimeValue t, DateValue d) when TimeThenDay.Contains(p.Gap) => p.Join(new DateTimeValue(d, t.Clock)),
        (DateValue d, TimeRangeValue { Name: { } n, Mod: null }) when DayThenPart.Contains(p.Gap) => p.Join(Periods.OnDay(d, n[1..])),
        (TimeValue t, DateTimeRangeValue { Period: { } code, Date: { } d }) when TimeThenDay.Contains(p.Gap) || p.Gap is "in the" => p.Join(new DateTimeValue(d, Periods.Align(t.Clock, code))),
        (DateTimeRangeValue { Period: { } code, Date: { } d }, TimeValue t) when DayThenTime.Contains(p.Gap) => p.Join(new DateTimeValue(d, Periods.Align(t.Clock, code))),
        (NumberValue { Number: >= 1 and <= 12 } h, TimeRangeValue { Name: { } n, Mod: null }) when p.Gap.Length == 0 && StartsIn(p) => p.Join(new TimeValue(Periods.Align(new ClockTime(h.Number), n[1..]))),
        (TimeValue t, TimeRangeValue { Name: { } n, Mod: null }) when TimeThenDay.Contains(p.Gap) || p.Gap is "dans la" or "in the" => p.Join(new TimeValue(Periods.Align(t.Clock, n[1..]))),
        (TimeRangeValue { Name: { } n }, TimeValue t) when DayThenTime.Contains(p.Gap) => p.Join(new TimeValue(Periods.Align(t.Clock, n[1..]))),
        (TimeRangeValue { Name: null } r, DateValue d) when TimeThenDay.Contains(p.Gap) => p.Join(OnDay(d, r)),
        (DateValue d, TimeRangeValue { Name: null } r) when DayThenTime.Contains(p.Gap) => p.Join(OnDay(d, r)),
        (DateValue d, LooseTimeRange l) when p.Gap.Length == 0 => p.Join(OnDay(d, l.Range)),
        (DateTimeRangeValue { Period: { } code, Date: { } d }, TimeRangeValue { Name: null } r) when DayThenTime.Contains(p.Gap) => p.Join(OnDay(d, Aligned(r, code))),
        (DateTimeRangeValue { Period: { } code, Date: { } d }, LooseTimeRange l) when p.Gap.Length == 0 => p.Join(OnDay(d, Aligned(l.Range, code))),
        (TimeRangeValue { Name: null } r, DateTimeRangeValue { Period: { } code, Date: { } d }) when TimeThenDay.Contains(p.Gap) => p.Join(OnDay(d, Aligned(r, code))),
        _ => null,
    };

    public static DateTimeRangeValue OnDay(DateValue date, TimeRangeValue range)
    {
        var day = date.Day ?? DateTime.MinValue;
        var start = day + range.From.Offset;
        var end = day + range.To.Offset;
        if (end < start) end = end.AddDays(1);
        var length = Resolution.Formats.SpanTimex(end - start);
        return new DateTimeRangeValue($"({date.Timex}{range.From.Timex},{date.Timex}{range.To.Timex},{length})", start, end) { Mod = range.Mod };
    }

    private static bool StartsIn(Pair p) => p.Context.Folded.AsSpan(p.Right.Start).StartsWith("in the ", StringComparison.Ordinal);

    /// <summary>With its weekday said, a day without a year may be today itself ("Friday 7/6" said on Friday 6 July).</summary>
    private static DateValue Inclusive(DateValue d, DateContext context) =>
        DayParts.Of(d) is { Year: null } parts && d.Future == context.Today ? d with { Day = context.Today } : d;

    private static TimeRangeValue Aligned(TimeRangeValue range, string code) =>
        range with { From = Periods.Align(range.From, code), To = Periods.Align(range.To, code) };
}
