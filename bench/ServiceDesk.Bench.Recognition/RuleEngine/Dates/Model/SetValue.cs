namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>Something that repeats ("every Monday" XXXX-WXX-1, "daily" P1D).</summary>
internal sealed record SetValue(string Timex) : Temporal;
