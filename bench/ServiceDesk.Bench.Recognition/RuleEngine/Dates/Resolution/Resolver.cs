using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;

/// <summary>
/// Writes a <see cref="Temporal"/> out as the suites' resolution: type, TIMEX and value or
/// start/end, then lets <see cref="ModResolver"/> open the range for "before", "since"…
/// </summary>
internal static class Resolver
{
    private const string NotResolved = "not resolved";

    public static DateTimeResolution Resolve(Temporal value, DateTime reference)
    {
        var plain = value switch
        {
            DateValue d => new DateTimeResolution(d.Timex, "date", d.Day is { } day ? Formats.Day(day) : NotResolved, null, null, null),
            TimeValue t => new DateTimeResolution(t.Clock.Timex, "time", t.Clock.Value, null, null, null),
            DateTimeValue dt => DateTime(dt),
            TimeRangeValue r => TimeRange(r),
            DateRangeValue r => DateRange(r),
            DateTimeRangeValue r => new DateTimeResolution(r.Timex, "datetimerange", null, Formats.Moment(r.Start), Formats.Moment(r.End), null),
            DurationValue d => new DateTimeResolution(DurationTimex.Of(d), "duration", Formats.Seconds(d.Seconds), null, null, null),
            SetValue s => new DateTimeResolution(s.Timex, "set", NotResolved, null, null, null),
            ReferenceValue r => new DateTimeResolution(r.Timex, "datetime", Formats.Moment(reference), null, null, null),
            _ => new DateTimeResolution(string.Empty, "unknown", null, null, null, null),
        };
        return value.Mod is null ? plain : ModResolver.Apply(plain, value);
    }

    private static DateTimeResolution DateTime(DateTimeValue dt)
    {
        var timex = dt.Date.Timex + dt.Clock.Timex;
        var value = dt.Date.Day is { } day ? Formats.Moment(day.Date + dt.Clock.Offset) : NotResolved;
        return new DateTimeResolution(timex, "datetime", value, null, null, null);
    }

    private static DateTimeResolution TimeRange(TimeRangeValue r)
    {
        if (r.Name is not null) return new DateTimeResolution(r.Name, "timerange", null, Formats.Clock(r.From.Offset), Formats.Clock(r.To.Offset), null);
        var length = r.To.Offset - r.From.Offset;
        if (length < TimeSpan.Zero) length += TimeSpan.FromDays(1);
        var timex = $"({r.From.Timex},{r.To.Timex},{Formats.SpanTimex(length)})";
        return new DateTimeResolution(timex, "timerange", null, r.From.Value, r.To.Value, null);
    }

    private static DateTimeResolution DateRange(DateRangeValue r) =>
        r.Start is null && r.End is null
            ? new DateTimeResolution(r.Timex, "daterange", NotResolved, null, null, null)
            : new DateTimeResolution(r.Timex, "daterange", null, r.Start is { } s ? Formats.Day(s) : null, r.End is { } e ? Formats.Day(e) : null, null);
}
