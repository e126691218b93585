using System.Globalization;

namespace ServiceDesk.Core.Calendar;

/// <summary>
/// The desk's opening hours as a requester reads them: "du lundi au vendredi de 12 h à 19 h" (seed 004: "Le service
/// support de Lilie est ouvert du lundi au vendredi de 12h à 19h"), "Monday to Friday, 12:00 to 19:00". Consecutive
/// days with the same hours are grouped.
/// </summary>
public static class OpeningHoursText
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly string[] FrenchDays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    /// <summary>"du lundi au vendredi de 12 h à 19 h", or in English "Monday to Friday, 12:00 to 19:00".</summary>
    public static string Describe(BusinessCalendar calendar, string language)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var english = language == "en";
        var groups = Groups(calendar).Select(g => english ? English(g) : French(g));
        return string.Join(english ? "; " : ", ", groups);
    }

    /// <summary>The sentence told to a requester when the desk is closed.</summary>
    public static string ClosedNotice(BusinessCalendar calendar, string language) => language == "en"
        ? $"Please note: the support desk is open {Describe(calendar, "en")} ({calendar.Zone.Id} time)."
        : $"À noter : le service support est ouvert {Describe(calendar, "fr")}.";

    /// <summary>
    /// What a chat client shows beside the bot's name (its presence status): the bot answers at any time, the
    /// technicians during the desk's opening hours. Both languages, since one presence is seen by everyone.
    /// </summary>
    public static string PresenceStatus(BusinessCalendar calendar) =>
        $"Je vous réponds à toute heure ; les techniciens sont là {Describe(calendar, "fr")}. " +
        $"(I answer at any time; technicians are on duty {Describe(calendar, "en")}.)";

    private static List<(int First, int Last, IReadOnlyList<OpeningRange> Ranges)> Groups(BusinessCalendar calendar)
    {
        var groups = new List<(int, int, IReadOnlyList<OpeningRange>)>();
        for (var i = 0; i < Week.Length; i++)
        {
            var ranges = calendar.HoursOn(Week[i]);
            if (ranges.Count == 0)
            {
                continue;
            }

            if (groups.Count > 0 && groups[^1].Item2 == i - 1 && groups[^1].Item3.SequenceEqual(ranges))
            {
                groups[^1] = (groups[^1].Item1, i, ranges);
            }
            else
            {
                groups.Add((i, i, ranges));
            }
        }

        return groups;
    }

    private static string French((int First, int Last, IReadOnlyList<OpeningRange> Ranges) g)
    {
        var days = g.First == g.Last ? $"le {FrenchDays[g.First]}"
            : g.Last == g.First + 1 ? $"le {FrenchDays[g.First]} et le {FrenchDays[g.Last]}"
            : $"du {FrenchDays[g.First]} au {FrenchDays[g.Last]}";
        return days + " " + string.Join(" et ", g.Ranges.Select(r => $"de {FrenchTime(r.From)} à {FrenchTime(r.To)}"));
    }

    private static string English((int First, int Last, IReadOnlyList<OpeningRange> Ranges) g)
    {
        var days = g.First == g.Last ? $"{Week[g.First]}" : g.Last == g.First + 1 ? $"{Week[g.First]} and {Week[g.Last]}" : $"{Week[g.First]} to {Week[g.Last]}";
        return days + ", " + string.Join(" and ", g.Ranges.Select(r => $"{EnglishTime(r.From)} to {EnglishTime(r.To)}"));
    }

    private static string FrenchTime(TimeSpan t) =>
        t.Minutes == 0 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h") : string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h {t.Minutes:00}");

    private static string EnglishTime(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}");
}
