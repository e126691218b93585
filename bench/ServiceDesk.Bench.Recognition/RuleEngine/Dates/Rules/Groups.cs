using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Reads the named groups the rules share (month, day, dayword, year, weekday, rel).</summary>
internal static class Groups
{
    public static bool Has(this Match m, string name) => m.Groups[name].Success;

    public static string Text(this Match m, string name) => m.Groups[name].Value;

    public static int? Int(this Match m, string name) =>
        m.Groups[name].Success && int.TryParse(m.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static int? Month(this Match m, DateContext c) => m.Has("month") ? c.Words.MonthOf(m.Text("month")) : m.Int("mon");

    public static int? Day(this Match m, DateContext c) =>
        m.Has("day") ? m.Int("day") : m.Has("dayword") ? c.Words.DayWordOf(m.Text("dayword")) : null;

    public static int? Weekday(this Match m, DateContext c) => m.Has("weekday") ? c.Words.WeekdayOf(m.Text("weekday")) : null;

    public static int? Year(this Match m) => m.Has("year") ? DateBuild.Year(m.Text("year")) : null;

    public static int? Year(this Match m, DateContext c) => m.Has("yw") ? YearWords.Parse(m.Text("yw"), c.Words) : m.Year();
}
