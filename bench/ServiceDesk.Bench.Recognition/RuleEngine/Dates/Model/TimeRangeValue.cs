namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>
/// A stretch of the day: either a named part ("TMO" morning, 08:00–12:00) or two clock times.
/// </summary>
internal sealed record TimeRangeValue(ClockTime From, ClockTime To, string? Name = null) : Temporal;
