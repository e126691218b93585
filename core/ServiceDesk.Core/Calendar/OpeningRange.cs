using System.Globalization;

namespace ServiceDesk.Core.Calendar;

/// <summary>One stretch of opening hours on a day, in the desk's local time: <c>12:00-19:00</c>.</summary>
/// <param name="From">Opening time, from midnight.</param>
/// <param name="To">Closing time, from midnight (up to 24:00).</param>
public readonly record struct OpeningRange(TimeSpan From, TimeSpan To)
{
    /// <summary>Reads <c>"12:00-19:00"</c>; throws <see cref="FormatException"/> on anything else.</summary>
    public static OpeningRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryTime(parts[0], out var from) || !TryTime(parts[1], out var to) || from >= to)
        {
            throw new FormatException($"Opening hours must read like 12:00-19:00 (opening before closing), not \"{text}\".");
        }

        return new OpeningRange(from, to);
    }

    /// <summary>Whether a time of day falls inside (opening included, closing excluded).</summary>
    public bool Contains(TimeSpan timeOfDay) => timeOfDay >= From && timeOfDay < To;

    public override string ToString() => $"{Format(From)}-{Format(To)}";

    private static string Format(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}");

    private static bool TryTime(string text, out TimeSpan time)
    {
        time = default;
        var hm = text.Split(':');
        if (hm.Length != 2 || !int.TryParse(hm[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(hm[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || h > 24 || m > 59 || (h == 24 && m > 0))
        {
            return false;
        }

        time = new TimeSpan(h, m, 0);
        return true;
    }
}
