using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Moves from the reference (or a day) by a duration: "2 days ago", "il y a deux heures", "in 5 minutes", "3 weeks from tomorrow", "for 2 hours from 2pm".</summary>
internal static class DurationJoin
{
    private static readonly Regex Back = Patterns.Create(@"(?:^|[^\p{L}])(?<p>il\s+y\s*a|y\s+a|ca\s+fait|cela\s+fait|voila)(?:\s+(?:a\s+peu\s+pres|environ|presque|deja|bien|plus\s+de|moins\s+de))?\s*$");
    private static readonly Regex Forward = Patterns.Create(@"(?:^|[^\p{L}])(?<p>in|dans|d'ici|within|within\s+the\s+next|within\s+next|dans\s+les)\s*$");
    private static readonly Regex BackAfter = Patterns.Create(@"^\s*(?<p>ago|earlier|before\s+now|auparavant|plus\s+tot)\b");
    private static readonly Regex ForwardAfter = Patterns.Create(@"^\s*(?<p>later|from\s+now|hence|plus\s+tard|after\s+now)\b(?!\s+(?:this|in\s+the|today|tonight|that))");

    public static Candidate? TryAlone(Candidate c, DateContext context)
    {
        if (c.Value is not DurationValue { Mod: null } d) return null;
        var before = context.Before(c.Start, 40);
        if (Back.Match(before) is { Success: true } back) return Moved(c, d, -1, c.Start - (before.Length - back.Groups["p"].Index), c.End, context);
        if (Forward.Match(before) is { Success: true } fwd) return Ahead(c, d, fwd.Groups["p"].Value, c.Start - (before.Length - fwd.Groups["p"].Index), context);
        var after = context.After(c.End, 16);
        if (BackAfter.Match(after) is { Success: true } ago) return Moved(c, d, -1, c.Start, c.End + ago.Index + ago.Length, context);
        if (ForwardAfter.Match(after) is { Success: true } later) return Moved(c, d, 1, c.Start, c.End + later.Index + later.Length, context);
        return null;
    }

    public static Candidate? TryPair(Pair p) => (p.Left.Value, p.Right.Value) switch
    {
        (DurationValue d, DateValue { Day: { } day }) when p.Gap is "from" or ", from" && p.Prefix.Word is "for" => p.Join(Stretch(d, day), p.Prefix.Start),
        (DurationValue d, DateValue { Day: { } day } v) when p.Gap is "after" or "from" or "apres" or "since" => p.Join(Shift(d, v.Future ?? day, 1)),
        (DurationValue d, DateValue { Day: { } day } v) when p.Gap is "before" or "avant" => p.Join(Shift(d, v.Future ?? day, -1)),
        (TimeValue t, DurationValue d) when p.Gap is "for" or "pour" or "pendant" && p.Prefix.Word is "from" or "de" && ClockSpan(t.Clock, d) is { } r => p.Join(r, p.Prefix.Start),
        (DurationValue d, TimeValue or NumberValue) when p.Gap is "from" or "starting at" or "a partir de" && p.Prefix.Word is "for" or "pour"
            && Clocks.Of(p.Right.Value) is { } clock && ClockSpan(clock, d) is { } r => p.Join(r, p.Prefix.Start),
        (DurationValue d, DateValue { Day: { } day }) when p.Gap is "starting" or "starting from" or "starting on" or "beginning" or "commencing" => p.Join(Stretch(d, day)),
        (DurationValue d, DateTimeValue { Date.Day: { } day } dt) when p.Gap is "starting" or "starting from" or "starting on" => p.Join(Stretch(d, day + dt.Clock.Offset)),
        _ => null,
    };

    private static Candidate? Ahead(Candidate c, DurationValue d, string word, int start, DateContext context)
    {
        var within = word.StartsWith("within", StringComparison.Ordinal) || word == "dans les";
        if (!within) return Moved(c, d, 1, start, c.End, context);
        var end = d.Parts.Aggregate(context.Reference, (m, part) => part.AddTo(m, 1));
        var timex = Resolution.DurationTimex.Of(d);
        if (d.Parts.Any(part => part.IsClock)) return new Candidate(start, c.End, new DateTimeRangeValue($"({Formats.MomentTimex(context.Reference)},{Formats.MomentTimex(end)},{timex})", context.Reference, end));
        return new Candidate(start, c.End, new DateRangeValue($"({Formats.Day(context.Today)},{Formats.Day(end.Date)},{timex})", context.Today, end.Date));
    }

    private static Candidate Moved(Candidate c, DurationValue d, int sign, int start, int end, DateContext context)
    {
        var moment = d.Parts.Aggregate(context.Reference, (m, part) => part.AddTo(m, sign));
        Temporal value = d.Parts.Any(p => p.IsClock)
            ? new DateTimeValue(new DateValue(Formats.Day(moment), moment.Date), new ClockTime(moment.Hour, moment.Minute, moment.Second, 3, true))
            : DateBuild.Day(moment.Date);
        return new Candidate(start, end, value);
    }

    private static Temporal Stretch(DurationValue d, DateTime start)
    {
        var end = d.Parts.Aggregate(start, (m, part) => part.AddTo(m, 1));
        var timex = DurationTimex.Of(d);
        if (start.TimeOfDay == TimeSpan.Zero && end.TimeOfDay == TimeSpan.Zero)
        {
            return new DateRangeValue($"({Formats.Day(start)},{Formats.Day(end)},{timex})", start, end);
        }

        return new DateTimeRangeValue($"({Formats.MomentTimex(start)},{Formats.MomentTimex(end)},{timex})", start, end);
    }

    private static DateValue Shift(DurationValue d, DateTime day, int sign) =>
        DateBuild.Day(d.Parts.Aggregate(day, (m, part) => part.AddTo(m, sign)).Date);

    private static TimeRangeValue? ClockSpan(ClockTime from, DurationValue d)
    {
        var end = from.Offset + TimeSpan.FromSeconds(d.Seconds);
        if (end.TotalHours >= 24 || d.Seconds <= 0) return null;
        return new TimeRangeValue(from, new ClockTime(end.Hours, end.Minutes, end.Seconds, 3, true));
    }

    public static string Stamp(DateTime moment) => moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
