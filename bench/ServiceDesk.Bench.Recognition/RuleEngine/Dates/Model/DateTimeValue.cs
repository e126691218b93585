namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>A day and a time of day together.</summary>
internal sealed record DateTimeValue(DateValue Date, ClockTime Clock) : Temporal;
