using System.Globalization;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>
/// A time of day as said: its hour (0–24), minute, second, how precisely it was said (which decides
/// "T08" against "T08:00") and whether am/pm (or a 24-hour hour) settled the half of the day.
/// </summary>
internal sealed record ClockTime(int Hour, int Minute = 0, int Second = 0, int Precision = 1, bool Settled = false)
{
    public TimeSpan Offset => new(Hour, Minute, Second);

    public string Timex => Precision switch
    {
        1 => $"T{Hour:00}",
        2 => $"T{Hour:00}:{Minute:00}",
        _ => $"T{Hour:00}:{Minute:00}:{Second:00}",
    };

    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Hour % 24:00}:{Minute:00}:{Second:00}");

    /// <summary>The same time twelve hours later when it was not settled and is in the morning.</summary>
    public ClockTime Afternoon() => !Settled && Hour < 12 ? this with { Hour = Hour + 12, Settled = true } : this with { Settled = true };

    public ClockTime Settle() => this with { Settled = true };
}
