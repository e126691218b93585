using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>What a date range's TIMEX says it is: a year ("2016"), a month with or without its year ("2016-11", "XXXX-11"), or something else.</summary>
internal readonly record struct RangeShape(bool IsYear, int? Year, int? Month, bool YearLess)
{
    private static readonly Regex YearShape = Patterns.Create(@"^(?<y>\d{4})$");
    private static readonly Regex MonthShape = Patterns.Create(@"^(?<y>\d{4}|XXXX)-(?<m>\d{2})$");

    public static RangeShape Of(DateRangeValue value)
    {
        var y = YearShape.Match(value.Timex);
        if (y.Success) return new RangeShape(true, int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture), null, false);
        var m = MonthShape.Match(value.Timex);
        if (!m.Success) return new RangeShape(false, value.Start?.Year, null, false);
        var yearLess = m.Groups["y"].Value == "XXXX";
        int? year = yearLess ? null : int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return new RangeShape(false, year, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), yearLess);
    }

    public static DateRangeValue MonthOf(int year, int month)
    {
        var start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateRangeValue(start.ToString("yyyy-MM", CultureInfo.InvariantCulture), start, start.AddMonths(1));
    }
}
