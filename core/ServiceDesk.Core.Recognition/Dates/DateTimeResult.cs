using System.Globalization;

namespace ServiceDesk.Core.Recognition.Dates;

/// <summary>
/// A date-time expression found in a message: its text, where it is (<see cref="End"/> is
/// inclusive), its type name ("datetimeV2.date", "datetimeV2.duration"…) and its readings, the
/// past (and morning) one first when the expression is ambiguous.
/// </summary>
public sealed record DateTimeResult(string Text, int Start, int End, string TypeName, IReadOnlyList<DateTimeResolution> Values)
{
    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>
    /// The first reading as a point in time (its value, else its start), or null for a duration,
    /// a set, an unresolved or a time-only reading.
    /// </summary>
    public DateTime? PointInTime => Values.Count == 0 ? null : Parse(Values[0].Value ?? Values[0].Start);

    /// <summary>The first reading of a duration, or null for anything else.</summary>
    public TimeSpan? Duration =>
        Values.Count > 0 && Values[0].Type == "duration" && double.TryParse(Values[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            ? TimeSpan.FromSeconds(s)
            : null;

    private static DateTime? Parse(string? text)
    {
        if (text is null) return null;
        if (DateTime.TryParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)) return dt;
        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
