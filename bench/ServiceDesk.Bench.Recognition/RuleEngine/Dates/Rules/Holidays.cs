namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Holidays by name and the day they fall on in a given year.</summary>
internal static class Holidays
{
    private static readonly Dictionary<string, Func<int, DateTime?>> Days = new(StringComparer.Ordinal)
    {
        ["christmas"] = y => Fixed(y, 12, 25), ["christmas day"] = y => Fixed(y, 12, 25), ["xmas"] = y => Fixed(y, 12, 25),
        ["christmas eve"] = y => Fixed(y, 12, 24), ["new year"] = y => Fixed(y, 1, 1), ["new year's day"] = y => Fixed(y, 1, 1),
        ["new years day"] = y => Fixed(y, 1, 1), ["new year's eve"] = y => Fixed(y, 12, 31), ["halloween"] = y => Fixed(y, 10, 31),
        ["valentine's day"] = y => Fixed(y, 2, 14), ["valentines day"] = y => Fixed(y, 2, 14), ["earth day"] = y => Fixed(y, 4, 22),
        ["juneteenth"] = y => Fixed(y, 6, 19), ["freedom day"] = y => Fixed(y, 6, 19), ["jubilee day"] = y => Fixed(y, 6, 19),
        ["international workers' day"] = y => Fixed(y, 5, 1), ["may day"] = y => Fixed(y, 5, 1), ["independence day"] = y => Fixed(y, 7, 4),
        ["easter"] = Easter, ["thanksgiving"] = y => Nth(y, 11, 4, 4), ["black friday"] = y => Nth(y, 11, 4, 4)?.AddDays(1),
        ["labor day"] = y => Nth(y, 9, 1, 1), ["labour day"] = y => Nth(y, 9, 1, 1), ["memorial day"] = y => Last(y, 5, 1),
        ["mother's day"] = y => Nth(y, 5, 7, 2), ["father's day"] = y => Nth(y, 6, 7, 3), ["martin luther king day"] = y => Nth(y, 1, 1, 3),
        ["noel"] = y => Fixed(y, 12, 25), ["la veille de noel"] = y => Fixed(y, 12, 24), ["jour de l'an"] = y => Fixed(y, 1, 1),
        ["nouvel an"] = y => Fixed(y, 1, 1), ["la saint sylvestre"] = y => Fixed(y, 12, 31), ["toussaint"] = y => Fixed(y, 11, 1),
        ["fete du travail"] = y => Fixed(y, 5, 1), ["fete nationale"] = y => Fixed(y, 7, 14), ["armistice"] = y => Fixed(y, 11, 11),
        ["assomption"] = y => Fixed(y, 8, 15), ["paques"] = Easter, ["lundi de paques"] = y => Easter(y)?.AddDays(1),
        ["ascension"] = y => Easter(y)?.AddDays(39), ["pentecote"] = y => Easter(y)?.AddDays(49), ["saint valentin"] = y => Fixed(y, 2, 14),
    };

    public static IEnumerable<string> Names => Days.Keys;

    public static bool IsFixed(string name) => Days[name](2001) is { } a && Days[name](2002) is { } b && a.Month == b.Month && a.Day == b.Day;

    public static DateTime? On(string name, int year) => Days.TryGetValue(name, out var day) ? day(year) : null;

    private static DateTime? Fixed(int year, int month, int day) => DayMath.Safe(year, month, day);

    private static DateTime? Nth(int year, int month, int weekday, int n)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var offset = (weekday - DayMath.IsoDay(first) + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateTime? Last(int year, int month, int weekday)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Unspecified);
        return last.AddDays(-((DayMath.IsoDay(last) - weekday + 7) % 7));
    }

    private static DateTime? Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var h = ((19 * a) + b - (b / 4) - (((8 * b) + 13) / 25) + 15) % 30;
        var l = (32 + (2 * (b % 4)) + (2 * (c / 4)) - h - (c % 4)) % 7;
        var m = (a + (11 * h) + (19 * l)) / 433;
        var month = (h + l - (7 * m) + 90) / 25;
        var day = (h + l - (7 * m) + (33 * month) + 19) % 32;
        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
    }
}
