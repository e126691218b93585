namespace ServiceDesk.Core.Recognition.Dates.Model;

/// <summary>A day and a time of day together.</summary>
internal sealed record DateTimeValue(DateValue Date, ClockTime Clock) : Temporal;
