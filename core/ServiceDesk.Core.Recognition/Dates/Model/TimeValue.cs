namespace ServiceDesk.Core.Recognition.Dates.Model;

/// <summary>A time of day without a day.</summary>
internal sealed record TimeValue(ClockTime Clock) : Temporal;
