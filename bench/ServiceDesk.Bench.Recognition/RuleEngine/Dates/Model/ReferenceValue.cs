namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>"now" (PRESENT_REF) or "as soon as possible" (FUTURE_REF): the reference moment itself.</summary>
internal sealed record ReferenceValue(string Timex) : Temporal;
