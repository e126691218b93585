using System.Globalization;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Named stretches of days around a reference: its week, weekend, month, quarter, year, decade, fortnight.</summary>
internal static class Spans
{
    public static DateRangeValue? Unit(string unit, int shift, DateTime reference) => unit switch
    {
        "week" or "semaine" => Week(DayMath.Monday(reference).AddDays(7 * shift), 7),
        "workweek" or "work week" or "working week" or "business week" => Week(DayMath.Monday(reference).AddDays(7 * shift), 5),
        "weekend" or "week end" => Weekend(DayMath.Monday(reference).AddDays(7 * shift)),
        "month" or "mois" => Month(DayMath.FirstOfMonth(reference).AddMonths(shift)),
        "year" or "annee" or "an" => Year(reference.Year + shift),
        "quarter" or "trimestre" => Quarter(QuarterStart(reference).AddMonths(3 * shift)),
        "decade" or "decennie" => Decade(reference.Year - (reference.Year % 10) + (10 * shift)),
        "fortnight" => Fortnight(DayMath.Monday(reference).AddDays(14 * shift)),
        _ => null,
    };

    public static DateRangeValue Week(DateTime monday, int days) => new(DayMath.WeekTimex(monday), monday, monday.AddDays(days == 7 ? 7 : days));

    public static DateRangeValue Weekend(DateTime monday) =>
        new(DayMath.WeekTimex(monday) + "-WE", monday.AddDays(5), monday.AddDays(7));

    public static DateRangeValue Month(DateTime first) => new(DayMath.MonthTimex(first), first, first.AddMonths(1));

    public static DateRangeValue Year(int year) =>
        new(year.ToString("0000", CultureInfo.InvariantCulture), DayMath.FirstOfYear(year), DayMath.FirstOfYear(year + 1));

    public static DateRangeValue Quarter(DateTime start) => Between(start, start.AddMonths(3), "P3M");

    public static DateRangeValue Decade(int year) => Between(DayMath.FirstOfYear(year), DayMath.FirstOfYear(year + 10), "P10Y");

    public static DateRangeValue Fortnight(DateTime monday) => Between(monday, monday.AddDays(14), "P2W");

    public static DateRangeValue Between(DateTime start, DateTime end, string length) =>
        new($"({Day(start)},{Day(end)},{length})", start, end);

    public static DateTime QuarterStart(DateTime day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
