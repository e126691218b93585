using System.Text.RegularExpressions;
using ServiceDesk.Core.Recognition.Dates;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// "Depuis ce matin", "since yesterday 3pm", "il y a deux heures": when the problem started, as a point in
/// time in the desk's time zone, with the person's own words kept beside it.
/// </summary>
public static partial class SinceReader
{
    /// <summary>The start of the problem, or null when the text gives none.</summary>
    public static (DateTimeOffset At, string Text)? Read(string text, string culture, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var result = DateTimeRecognizer.SinceWhen(text, culture, local.DateTime);
        if (result?.PointInTime is not { } start || NamesAPlace(text, result))
        {
            return null;
        }

        var at = new DateTimeOffset(start, zone.GetUtcOffset(start));
        return at > now ? null : (at, result.Text);
    }

    // "the printer on the 2nd floor", "l'imprimante du 3e étage": an ordinal naming a floor is not a date.
    private static bool NamesAPlace(string text, DateTimeResult result)
    {
        var end = Math.Min(text.Length, result.End + 1);
        return PlaceAfter().IsMatch(text.AsSpan(end));
    }

    [GeneratedRegex(@"^\W*(floor|storey|level|building|étage|etage|niveau|bâtiment|batiment|sous-sol)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PlaceAfter();
}
