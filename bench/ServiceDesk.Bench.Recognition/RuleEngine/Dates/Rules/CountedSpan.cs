using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>"next 3 days" (from tomorrow), "last 3 months" (up to today), "previous 2 quarters" (whole quarters), "next hour" (from now).</summary>
internal static class CountedSpan
{
    public static Temporal? Of(int n, DurationUnit unit, bool back, bool within, string unitWord, DateContext c)
    {
        var duration = new DurationValue(n, unit);
        var timex = DurationTimex.Of(duration);
        if (duration.Parts[0].IsClock)
        {
            var other = duration.Parts[0].AddTo(c.Reference, back ? -1 : 1);
            var (s, e) = back ? (other, c.Reference) : (c.Reference, other);
            return new DateTimeRangeValue($"({Formats.MomentTimex(s)},{Formats.MomentTimex(e)},{timex})", s, e);
        }

        if (unitWord.StartsWith("quarter", StringComparison.Ordinal) || unitWord.StartsWith("trimestre", StringComparison.Ordinal))
        {
            return Quarters(n, back, c);
        }

        if (unitWord.StartsWith("fortnight", StringComparison.Ordinal))
        {
            var monday = DayMath.Monday(c.Reference);
            return back ? Spans.Between(monday.AddDays(-14 * n), monday, $"P{2 * n}W") : Spans.Between(monday.AddDays(7), monday.AddDays(7 + (14 * n)), $"P{2 * n}W");
        }

        if (unit == DurationUnit.BusinessDay) return BusinessDays(n, c, timex);
        var start = back ? duration.Parts[0].AddTo(c.Today, -1) : within ? c.Today : c.Today.AddDays(1);
        var end = back ? c.Today : duration.Parts[0].AddTo(start, 1);
        return Spans.Between(start, end, timex);
    }

    private static DateRangeValue Quarters(int n, bool back, DateContext c)
    {
        var current = Spans.QuarterStart(c.Reference);
        return back
            ? Spans.Between(current.AddMonths(-3 * n), current, $"P{3 * n}M")
            : Spans.Between(current.AddMonths(3), current.AddMonths(3 + (3 * n)), $"P{3 * n}M");
    }

    private static DateRangeValue BusinessDays(int n, DateContext c, string timex)
    {
        var start = c.Today.AddDays(1);
        var day = c.Today;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (DayMath.IsoDay(day) <= 5) counted++;
        }

        return Spans.Between(start, day.AddDays(1), timex);
    }
}
