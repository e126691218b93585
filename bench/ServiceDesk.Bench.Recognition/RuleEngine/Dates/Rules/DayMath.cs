using System.Globalization;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Calendar arithmetic the rules share; weeks start on Monday (1) and end on Sunday (7).</summary>
internal static class DayMath
{
    public static int IsoDay(DateTime day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    public static DateTime Monday(DateTime day) => day.Date.AddDays(1 - IsoDay(day));

    /// <summary>The given weekday in the week of <paramref name="day"/>.</summary>
    public static DateTime InWeek(DateTime day, int weekday) => Monday(day).AddDays(weekday - 1);

    /// <summary>The last such weekday strictly before the reference day.</summary>
    public static DateTime PastWeekday(DateTime reference, int weekday)
    {
        var thisWeek = InWeek(reference, weekday);
        return thisWeek >= reference.Date ? thisWeek.AddDays(-7) : thisWeek;
    }

    public static DateTime? Safe(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            : null;

    /// <summary>The most recent month/day strictly before the reference day (the past reading of "Oct 2").</summary>
    public static DateTime? PastMonthDay(DateTime reference, int month, int day)
    {
        for (var year = reference.Year; year > reference.Year - 8; year--)
        {
            var candidate = Safe(year, month, day);
            if (candidate is { } c && c < reference.Date) return c;
        }

        return null;
    }

    /// <summary>The first month/day on or after the reference day.</summary>
    public static DateTime? NextMonthDay(DateTime reference, int month, int day)
    {
        for (var year = reference.Year; year < reference.Year + 8; year++)
        {
            var candidate = Safe(year, month, day);
            if (candidate is { } c && c >= reference.Date) return c;
        }

        return null;
    }

    /// <summary>The most recent day-of-month strictly before the reference day ("le 23").</summary>
    public static DateTime? PastDayOfMonth(DateTime reference, int day)
    {
        var month = new DateTime(reference.Year, reference.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < 24; i++, month = month.AddMonths(-1))
        {
            var candidate = Safe(month.Year, month.Month, day);
            if (candidate is { } c && c < reference.Date) return c;
        }

        return null;
    }

    public static string WeekTimex(DateTime day) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):0000}-W{ISOWeek.GetWeekOfYear(day):00}");

    public static string MonthTimex(DateTime day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateTime FirstOfMonth(DateTime day) => new(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static DateTime FirstOfYear(int year) => new(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static int FullYear(int year) => year >= 100 ? year : year < 30 ? 2000 + year : 1900 + year;
}
