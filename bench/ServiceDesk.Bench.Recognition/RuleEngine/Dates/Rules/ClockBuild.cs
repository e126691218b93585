using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Builds clock times from what a rule read: hour, minutes, seconds and an am/pm letter.</summary>
internal static class ClockBuild
{
    public static ClockTime? Clock(int hour, int? minute, int? second, char? meridiem)
    {
        if (hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 59) return null;
        var precision = second is not null ? 3 : minute is not null ? 2 : 1;
        var settled = hour > 12 || hour == 0;
        if (meridiem is 'p' or 'a')
        {
            if (hour > 12) return null;
            hour = meridiem == 'p' ? (hour % 12) + 12 : hour % 12;
            settled = true;
        }

        return new ClockTime(hour, minute ?? 0, second ?? 0, precision, settled);
    }

    public static char? Meridiem(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        // French words first: "apres-midi" begins with the "a" of "am".
        if (t.Contains("soir", StringComparison.Ordinal) || t.Contains("apres", StringComparison.Ordinal) || t.Contains("aprem", StringComparison.Ordinal)) return 'p';
        if (t.Contains("matin", StringComparison.Ordinal)) return 'a';
        return t[0] is 'a' or 'p' ? t[0] : null;
    }

    /// <summary>"half past seven", "quarter to eight", "sept heures moins dix": minutes added to (or taken from) an hour.</summary>
    public static ClockTime? Shifted(int hour, int minutes, bool before, char? meridiem)
    {
        var h = before ? hour - 1 : hour;
        var m = before ? 60 - minutes : minutes;
        if (h < 0) h += 12;
        return Clock(h, m, null, meridiem);
    }
}
