namespace ServiceDesk.Core.Calendar;

/// <summary>
/// France's public holidays for any year: the fixed ones (1 January, 1 May, 8 May, 14 July, 15 August, 1 November,
/// 11 November, 25 December) and those that follow Easter (Easter Monday, Ascension Thursday, Whit Monday).
/// </summary>
public static class FrenchHolidays
{
    /// <summary>The eleven public holidays of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), new(year, 5, 8), easter.AddDays(39), easter.AddDays(50),
            new(year, 7, 14), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
