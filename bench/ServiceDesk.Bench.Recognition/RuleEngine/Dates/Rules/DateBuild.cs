using System.Globalization;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Turns the parts a rule found (year, month, day, weekday, offset) into a <see cref="DateValue"/>.</summary>
internal static class DateBuild
{
    public static DateValue? Explicit(int? year, int month, int day, DateContext context)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        if (year is { } y)
        {
            var full = DayMath.FullYear(y);
            return new DateValue(string.Create(CultureInfo.InvariantCulture, $"{full:0000}-{month:00}-{day:00}"), DayMath.Safe(full, month, day));
        }

        var timex = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");
        return day > 29 && month == 2 || day == 31 && month is 4 or 6 or 9 or 11
            ? new DateValue(timex, null)
            : new DateValue(timex, DayMath.PastMonthDay(context.Reference, month, day), 2) { Future = DayMath.NextMonthDay(context.Reference, month, day) };
    }

    public static DateValue DayOnly(int day, DateContext context) =>
        new(string.Create(CultureInfo.InvariantCulture, $"XXXX-XX-{day:00}"), DayMath.PastDayOfMonth(context.Reference, day), 2);

    public static DateValue Weekday(int weekday, DateContext context) =>
        new($"XXXX-WXX-{weekday}", DayMath.PastWeekday(context.Reference, weekday), 2);

    public static DateValue Day(DateTime day) => new(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Date);

    public static DateValue Offset(DateContext context, int days) => Day(context.Today.AddDays(days));

    /// <summary>
    /// "Monday 21": that date if it falls on that weekday this month and is today (or, for "Friday the
    /// 26th", still ahead), else the last month it did.
    /// </summary>
    public static DateValue WeekdayAndDay(int weekday, int day, DateContext context, bool ahead)
    {
        var month = DayMath.FirstOfMonth(context.Reference);
        if (DayMath.Safe(month.Year, month.Month, day) is { } here && DayMath.IsoDay(here) == weekday && (ahead ? here >= context.Today : here == context.Today))
        {
            return Day(here);
        }

        for (var i = 0; i < 60; i++, month = month.AddMonths(-1))
        {
            if (DayMath.Safe(month.Year, month.Month, day) is { } c && c < context.Today && DayMath.IsoDay(c) == weekday)
            {
                return new DateValue($"XXXX-WXX-{weekday}", c, 2);
            }
        }

        return Weekday(weekday, context);
    }

    /// <summary>Year of a two-digit or four-digit text.</summary>
    public static int? Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? (text.Length <= 2 ? DayMath.FullYear(y) : y) : null;
}
