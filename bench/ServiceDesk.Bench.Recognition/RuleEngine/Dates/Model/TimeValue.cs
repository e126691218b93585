namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>A time of day without a day.</summary>
internal sealed record TimeValue(ClockTime Clock) : Temporal;
