using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates;

/// <summary>Turns the recognizer's readings into the start of a problem (see <see cref="RuleDateTimeRecognizer.SinceWhen"/>).</summary>
internal static class RuleSinceReading
{
    public static DateTimeResult? Find(IReadOnlyList<DateTimeResult> results, DateTime reference)
    {
        foreach (var result in results)
        {
            var start = StartOf(result, reference);
            if (start is null || start > reference) continue;
            var value = new DateTimeResolution(result.Values[0].Timex, "datetime", Formats.Moment(start.Value), null, null, "since");
            return result with { Values = [value] };
        }

        return null;
    }

    private static DateTime? StartOf(DateTimeResult result, DateTime reference)
    {
        if (result.Values.Count == 0) return null;
        var first = result.Values[0];
        if (result.Duration is { } length) return reference - length;
        if (result.PointInTime is { } point) return point;
        var clock = first.Value ?? first.Start;
        return clock is not null && TimeSpan.TryParse(clock, System.Globalization.CultureInfo.InvariantCulture, out var time)
            ? reference.Date + time
            : null;
    }
}
