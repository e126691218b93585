namespace ServiceDesk.Core.Calendar;

/// <summary>
/// Configuration section <c>Calendar</c>: <c>TimeZone</c> (IANA id), <c>Hours:{Monday..Sunday}</c> (<c>"12:00-19:00"</c>,
/// several ranges separated by commas, empty for closed), <c>FrenchHolidays</c> (true by default) and
/// <c>ClosedDays</c> (ISO dates).
/// </summary>
public sealed class CalendarOptions
{
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Opening ranges per weekday name; null keeps seed 004's week (Monday to Friday, 12:00–19:00).</summary>
    public Dictionary<string, string>? Hours { get; set; }

    public bool FrenchHolidays { get; set; } = true;

    public List<string> ClosedDays { get; set; } = [];

    /// <summary>The calendar these options describe; throws <see cref="FormatException"/> or <see cref="ArgumentException"/> on bad values.</summary>
    public BusinessCalendar Build()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone))
        {
            throw new ArgumentException($"Unknown time zone \"{TimeZone}\" in Calendar:TimeZone.");
        }

        var hours = Hours is null
            ? Enum.GetValues<DayOfWeek>().ToDictionary(d => d, BusinessCalendar.Default.HoursOn)
            : Enum.GetValues<DayOfWeek>().ToDictionary(d => d, d => Ranges(Hours, d));
        var closed = ClosedDays.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new BusinessCalendar(zone, hours, FrenchHolidays, closed);
    }

    private static IReadOnlyList<OpeningRange> Ranges(Dictionary<string, string> hours, DayOfWeek day)
    {
        var text = hours.FirstOrDefault(h => string.Equals(h.Key, day.ToString(), StringComparison.OrdinalIgnoreCase)).Value;
        return string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(OpeningRange.Parse)];
    }
}
