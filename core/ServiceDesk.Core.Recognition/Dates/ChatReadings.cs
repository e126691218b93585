using System.Globalization;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Dates;

/// <summary>
/// Corrections to the library's readings for what chat says and the library reads otherwise:
/// "pour 3 h", "pendant 2 h" is a length of time, not three o'clock; "au 2e étage", "3rd floor",
/// "l'imprimante du 3e" name a place, not the 2nd of the month (a bare ordinal is a day only after
/// "depuis", "since", "le" or "on").
/// </summary>
internal static class ChatReadings
{
    private static readonly System.Text.RegularExpressions.Regex HoursLength = Patterns.Create(@"\b(?:pour|pendant|durant|during)\s+(?<n>\d{1,3})\s?h\b");

    private static readonly System.Text.RegularExpressions.Regex PlaceAfter = Patterns.Create(@"^\W*(?:floor|storey|level|building|etage|niveau|batiment|sous-sol)\b");

    private static readonly System.Text.RegularExpressions.Regex BareOrdinal = Patterns.Create(@"^(?:the\s+)?\d{1,2}\s?(?:e|er|ere|eme|ieme|st|nd|rd|th)$");

    private static readonly System.Text.RegularExpressions.Regex DayBefore = Patterns.CreateEndAnchored(@"\b(?:depuis|since|le|on|jusqu'au|until)\s*$");

    public static List<DateTimeResult> Correct(List<DateTimeResult> results, string text)
    {
        var folded = TextNormalizer.Normalize(text);
        results.RemoveAll(r => r.End + 1 <= folded.Length && Patterns.IsMatch(PlaceAfter, folded.AsSpan(r.End + 1)));
        results.RemoveAll(r => Patterns.IsMatch(BareOrdinal, folded.AsSpan(r.Start, r.End - r.Start + 1)) && !Patterns.IsMatch(DayBefore, folded.AsSpan(0, r.Start)));
        foreach (var match in Patterns.Scan(HoursLength, folded))
        {
            var n = match.Groups["n"];
            var end = match.Index + match.Length - 1;
            var at = results.FindIndex(r => r.Start == n.Index && r.End == end && r.TypeName == "datetimeV2.time");
            if (at >= 0) results[at] = Hours(results[at], int.Parse(n.Value, CultureInfo.InvariantCulture));
        }

        return results;
    }

    private static DateTimeResult Hours(DateTimeResult time, int hours) =>
        time with
        {
            TypeName = "datetimeV2.duration",
            Values = [new DateTimeResolution($"PT{hours}H", "duration", (hours * 3600).ToString(CultureInfo.InvariantCulture), null, null, null)],
        };
}
