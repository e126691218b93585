using System.Globalization;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// When a problem started, said the way a person would say it, from the moment read and the time of
/// the reformulation: "depuis environ 10 minutes", "depuis ce matin 9h30", "depuis hier 14h",
/// "depuis mardi 12 mars", "since yesterday at 14:00" (issue 13: never "since 10 minutes since Monday").
/// </summary>
internal static class SincePhrase
{
    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string French(DateTimeOffset since, DateTimeOffset now, TimeZoneInfo zone)
    {
        var (at, today, ago) = Local(since, now, zone);
        var clock = at.Minute == 0 ? $"{at.Hour}h" : $"{at.Hour}h{at.Minute:00}";
        var day = at.TimeOfDay == TimeSpan.Zero ? "" : " " + clock;
        return ago.TotalMinutes < 1 ? "depuis un instant"
            : ago < TimeSpan.FromHours(1) ? $"depuis environ {Minutes(ago)} minute{(Minutes(ago) > 1 ? "s" : "")}"
            : at.Date == today ? at.Hour < 12 ? $"depuis ce matin {clock}" : at.Hour < 18 ? $"depuis cet après-midi {clock}" : $"depuis ce soir {clock}"
            : at.Date == today.AddDays(-1) ? "depuis hier" + day
            : today - at.Date < TimeSpan.FromDays(7) ? $"depuis {at.ToString("dddd d MMMM", FrenchCulture)}{day}"
            : $"depuis le {at.ToString(at.Year == today.Year ? "d MMMM" : "d MMMM yyyy", FrenchCulture)}";
    }

    public static string English(DateTimeOffset since, DateTimeOffset now, TimeZoneInfo zone)
    {
        var (at, today, ago) = Local(since, now, zone);
        var clock = at.ToString("HH:mm", CultureInfo.InvariantCulture);
        var day = at.TimeOfDay == TimeSpan.Zero ? "" : " at " + clock;
        return ago.TotalMinutes < 1 ? "just now"
            : ago < TimeSpan.FromHours(1) ? $"for about {Minutes(ago)} minute{(Minutes(ago) > 1 ? "s" : "")}"
            : at.Date == today ? at.Hour < 12 ? $"since {clock} this morning" : at.Hour < 18 ? $"since {clock} this afternoon" : $"since {clock} this evening"
            : at.Date == today.AddDays(-1) ? "since yesterday" + day
            : today - at.Date < TimeSpan.FromDays(7) ? $"since {at.ToString("dddd d MMMM", EnglishCulture)}{day}"
            : $"since {at.ToString(at.Year == today.Year ? "d MMMM" : "d MMMM yyyy", EnglishCulture)}";
    }

    private static (DateTime At, DateTime Today, TimeSpan Ago) Local(DateTimeOffset since, DateTimeOffset now, TimeZoneInfo zone) =>
        (TimeZoneInfo.ConvertTime(since, zone).DateTime, TimeZoneInfo.ConvertTime(now, zone).Date, now - since);

    private static int Minutes(TimeSpan ago) => Math.Max(1, (int)Math.Round(ago.TotalMinutes));
}
