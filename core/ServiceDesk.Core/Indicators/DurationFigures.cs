namespace ServiceDesk.Core.Indicators;

/// <summary>Mean and median of a set of business-time durations (null when empty).</summary>
public sealed record DurationFigures(int Count, TimeSpan? Mean, TimeSpan? Median);
