namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>Two bare numbers joined by a dash ("11-4"): hours only when a day stands next to them ("Monday 11-4").</summary>
internal sealed record LooseTimeRange(TimeRangeValue Range) : Temporal;
