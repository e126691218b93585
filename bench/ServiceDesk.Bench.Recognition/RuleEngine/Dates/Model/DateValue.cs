namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>A day: its TIMEX ("2016-11-07", "XXXX-10-02", "XXXX-WXX-5") and the day it resolves to (null: "not resolved").</summary>
internal sealed record DateValue(string Timex, DateTime? Day, int Alternatives = 1) : Temporal
{
    /// <summary>The next such day, for a day said without its year ("January 15" in "2 weeks from January 15").</summary>
    public DateTime? Future { get; init; }

    /// <summary>The weekday named, when one was ("Tue" in "Tue May 9").</summary>
    public int? Weekday { get; init; }
}
