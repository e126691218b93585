using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Reads a clock time out of a time or a bare number, and settles the halves of a time range.</summary>
internal static class Clocks
{
    public static ClockTime? Of(Temporal value) => value switch
    {
        TimeValue t => t.Clock,
        NumberValue { Digits: true, Number: <= 24 } n => new ClockTime(n.Number),
        NumberValue { Digits: true, Text.Length: 4 } n when n.Number % 100 < 60 && n.Number / 100 < 24 => new ClockTime(n.Number / 100, n.Number % 100, 0, 2),
        NumberValue { Digits: false, Number: >= 1 and <= 12 } n => new ClockTime(n.Number),
        _ => null,
    };

    /// <summary>"5 to 6pm" is 17–18, "11-4" is 11–16, "2:30 to 2:15 pm" stays 2:30–14:15.</summary>
    public static TimeRangeValue Align(ClockTime from, ClockTime to)
    {
        if (to.Settled && !from.Settled && to.Hour >= 12 && from.Hour < 12 && from.Offset + TimeSpan.FromHours(12) <= to.Offset)
        {
            from = from.Afternoon();
        }
        else if (!to.Settled && !from.Settled && to.Offset < from.Offset && to.Hour < 12)
        {
            to = to.Afternoon();
        }
        else if (from.Settled && from.Hour >= 12 && !to.Settled && to.Hour < 12)
        {
            to = to.Afternoon();
        }

        return new TimeRangeValue(from, to);
    }
}
