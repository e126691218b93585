using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Year (when said), month and day read back from a day's TIMEX ("XXXX-04-09", "2017-02-11").</summary>
internal readonly record struct DayParts(int? Year, int Month, int Day)
{
    private static readonly Regex Shape = Patterns.Create(@"^(?<y>\d{4}|XXXX)-(?<m>\d{2})-(?<d>\d{2})$");

    public static DayParts? Of(DateValue value)
    {
        var m = Shape.Match(value.Timex);
        if (!m.Success) return null;
        int? year = m.Groups["y"].Value == "XXXX" ? null : Parse(m.Groups["y"].Value);
        return new DayParts(year, Parse(m.Groups["m"].Value), Parse(m.Groups["d"].Value));
    }

    public string Timex(bool withYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{(withYear && Year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "XXXX")}-{Month:00}-{Day:00}");

    private static int Parse(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
