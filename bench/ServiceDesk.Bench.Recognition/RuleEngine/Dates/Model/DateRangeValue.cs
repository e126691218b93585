namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>Days from <see cref="Start"/> (included) to <see cref="End"/> (excluded), with its TIMEX; null days: "not resolved".</summary>
internal sealed record DateRangeValue(string Timex, DateTime? Start, DateTime? End) : Temporal;
