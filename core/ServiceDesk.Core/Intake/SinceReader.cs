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
        if (IsLoneChoice(text))
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        if (ClockToday(text, local) is { } clock)
        {
            return clock;
        }

        if (JustNow().Match(text) is { Success: true } justNow)
        {
            return (now, justNow.Value);
        }

        if (Lunch().Match(text) is { Success: true } lunch)
        {
            var noon = new DateTimeOffset(local.Year, local.Month, local.Day, 12, 0, 0, local.Offset);
            return (noon > local ? noon.AddDays(-1) : noon, lunch.Value);
        }

        var result = DateTimeRecognizer.SinceWhen(text, culture, local.DateTime);
        if (result?.PointInTime is not { } start || NamesAPlace(text, result))
        {
            return null;
        }

        var at = new DateTimeOffset(start, zone.GetUtcOffset(start));
        return at > now ? null : (at, result.Text);
    }

    /// <summary>
    /// The replies people give most, a choice's number ("1", "2") or one of a few single words ("oui", "bloquée",
    /// "blocked"), name no time: the date recognizer is not asked (a quarter of a millisecond for "oui", the dearest
    /// part of understanding such a reply). <c>SinceReaderLoneChoiceTests.LoneChoices_TheRecognizerFindsNoTimeInThem</c> runs the
    /// recognizer on every one of them, so a word added here that it would read as a time fails there.
    /// </summary>
    internal static bool IsLoneChoice(string text)
    {
        var trimmed = text.AsSpan().Trim().TrimEnd(".!");
        if (trimmed.Length is 0 or > 8)
        {
            return false;
        }

        if (trimmed.Length <= 2 && char.IsAsciiDigit(trimmed[0]) && char.IsAsciiDigit(trimmed[^1]))
        {
            return true;
        }

        return LoneChoiceWords.Contains(TextFolding.Fold(trimmed.ToString()));
    }

    /// <summary>Single words answering the desk's yes/no and numbered questions, folded (<see cref="TextFolding"/>).</summary>
    internal static readonly IReadOnlySet<string> LoneChoiceWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "oui", "non", "ouais", "yes", "no", "yep", "nope", "ok", "okay", "merci", "thanks",
        "bloque", "bloquee", "blocked", "ralenti", "ralentie", "slowed", "moi", "me",
    };

    // "the printer on the 2nd floor", "l'imprimante du 3e étage": an ordinal naming a floor is not a date.
    private static bool NamesAPlace(string text, DateTimeResult result)
    {
        var end = Math.Min(text.Length, result.End + 1);
        return PlaceAfter().IsMatch(text.AsSpan(end));
    }

    [GeneratedRegex(@"^\W*(floor|storey|level|building|étage|etage|niveau|bâtiment|batiment|sous-sol)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceAfter();

    // "depuis 10h", "depuis 9h30": in French chat that is a time of day, not ten hours; today, or
    // yesterday when that time has not come yet.
    private static (DateTimeOffset At, string Text)? ClockToday(string text, DateTimeOffset local)
    {
        var match = FrenchClock().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["h"].ValueSpan, out var hour) || hour > 23)
        {
            return null;
        }

        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var at = new DateTimeOffset(local.Year, local.Month, local.Day, hour, Math.Min(minute, 59), 0, local.Offset);
        return (at > local ? at.AddDays(-1) : at, match.Value);
    }

    [GeneratedRegex(@"\b(?:depuis|des|dès|à partir de|a partir de)\s+(?<h>\d{1,2})\s?h(?:\s?(?<m>\d{2}))?(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FrenchClock();

    [GeneratedRegex(@"\b(?:[àa] l'instant|[àa] l’instant|just now|a moment ago|il y a un instant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JustNow();

    // "depuis la pause de midi", "since I came back from lunch": midday, today.
    [GeneratedRegex(@"\b(?:depuis|since|apr[eè]s|after)\s+(?:(?:i|we) came back from |(?:mon |le )?retour (?:de |du )|la pause (?:de |du )?)?(?:lunch(?:time| break)?|midi|(?:la pause )?d[ée]jeuner|la pause de midi|noon)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Lunch();
}
