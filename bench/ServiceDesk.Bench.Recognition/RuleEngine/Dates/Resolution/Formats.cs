using System.Globalization;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;

/// <summary>How the suites write days, moments, clock times and seconds.</summary>
internal static class Formats
{
    public static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Moment(DateTime moment) => moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Clock(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours % 24:00}:{time.Minutes:00}:{time.Seconds:00}");

    public static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    public static string DayTimex(DateTime day) => Day(day);

    public static string MomentTimex(DateTime moment) => moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>"PT2H", "PT1H30M", "P3D", "P1DT5H": the TIMEX of a length of time in whole clock units.</summary>
    public static string SpanTimex(TimeSpan span)
    {
        if (span.TotalDays >= 1 && span.TotalDays % 1 == 0) return $"P{(int)span.TotalDays}D";
        var days = (int)span.TotalDays;
        var text = days > 0 ? $"P{days}DT" : "PT";
        if (span.Hours > 0) text += $"{span.Hours}H";
        if (span.Minutes > 0) text += $"{span.Minutes}M";
        if (span.Seconds > 0) text += $"{span.Seconds}S";
        return text == "PT" ? "PT0S" : text;
    }
}
