using System.Globalization;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Dates;

/// <summary>
/// Turns the recognizer's readings into the start of a problem (see <see cref="DateTimeRecognizer.SinceWhen"/>).
/// A start is never after the message: of an ambiguous reading ("lundi", "3 h"), the first one in
/// the past is kept; "since the weekend" read as the coming one means the last one; a repeat
/// ("toutes les 10 minutes") is no start at all.
/// </summary>
internal static class SinceReading
{
    private static readonly System.Text.RegularExpressions.Regex Yesterday = Patterns.Create(@"\b(?:hier|yesterday|last night)\b");

    public static DateTimeResult? Find(IReadOnlyList<DateTimeResult> results, DateTime reference)
    {
        foreach (var result in results)
        {
            if (result.TypeName.EndsWith(".set", StringComparison.Ordinal)) continue;
            var start = StartOf(result, reference);
            if (start is null || start > reference) continue;
            var value = new DateTimeResolution(result.Values[0].Timex, "datetime", start.Value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), null, null, "since");
            return result with { Values = [value] };
        }

        return null;
    }

    private static DateTime? StartOf(DateTimeResult result, DateTime reference)
    {
        if (result.Duration is { } length) return reference - length;
        DateTime? future = null;
        foreach (var reading in result.Values)
        {
            var start = Start(reading, reference);
            if (start is null) continue;
            if (start <= reference) return start;
            future ??= start;
        }

        return future is { } later ? Earlier(result, later, reference) : null;
    }

    /// <summary>A start read after the message that the person can only have meant in the past.</summary>
    private static DateTime? Earlier(DateTimeResult result, DateTime start, DateTime reference)
    {
        var timex = result.Values[0].Timex;
        if (Patterns.IsMatch(Yesterday, TextNormalizer.Normalize(result.Text)) && start.Date == reference.Date) return start.AddDays(-1);
        if (timex.Contains('W', StringComparison.Ordinal) && start.AddDays(-7) <= reference) return start.AddDays(-7);
        return start.TimeOfDay != TimeSpan.Zero && start.Date == reference.Date && timex.StartsWith('T') ? start.AddDays(-1) : null;
    }

    private static DateTime? Start(DateTimeResolution reading, DateTime reference)
    {
        var text = reading.Value is { } v && v != "not resolved" ? v : reading.Start;
        if (text is null) return null;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)) return moment;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var time) ? reference.Date + time : null;
    }
}
