namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>A stretch between two moments, with its TIMEX.</summary>
internal sealed record DateTimeRangeValue(string Timex, DateTime Start, DateTime End) : Temporal
{
    /// <summary>For a day's part ("tomorrow night"): the day, so a time said next to it lands on it.</summary>
    public DateValue? Date { get; init; }

    /// <summary>For a day's part: its code ("MO", "AF", "EV", "NI", "DT").</summary>
    public string? Period { get; init; }
}
