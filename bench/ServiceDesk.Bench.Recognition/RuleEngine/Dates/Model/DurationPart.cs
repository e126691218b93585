using System.Globalization;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>An amount of one unit; months count 30 days and years 365, as the suites do.</summary>
internal readonly record struct DurationPart(double Amount, DurationUnit Unit)
{
    public double Seconds => Amount * Unit switch
    {
        DurationUnit.Second => 1,
        DurationUnit.Minute => 60,
        DurationUnit.Hour => 3600,
        DurationUnit.Day or DurationUnit.BusinessDay => 86400,
        DurationUnit.Week => 604800,
        DurationUnit.Fortnight => 1209600,
        DurationUnit.Weekend => 172800,
        DurationUnit.Month => 2592000,
        DurationUnit.Year => 31536000,
        DurationUnit.Decade => 315360000,
        _ => 0,
    };

    public bool IsClock => Unit is DurationUnit.Hour or DurationUnit.Minute or DurationUnit.Second;

    public string TimexAmount => Amount.ToString("0.############", CultureInfo.InvariantCulture);

    public string TimexLetter => Unit switch
    {
        DurationUnit.Second => "S",
        DurationUnit.Minute => "M",
        DurationUnit.Hour => "H",
        DurationUnit.Day => "D",
        DurationUnit.BusinessDay => "BD",
        DurationUnit.Week => "W",
        DurationUnit.Weekend => "WE",
        DurationUnit.Month => "M",
        _ => "Y",
    };

    public DateTime AddTo(DateTime moment, int sign) => Unit switch
    {
        DurationUnit.Year when Amount % 1 == 0 => moment.AddYears(sign * (int)Amount),
        DurationUnit.Decade => moment.AddYears(sign * (int)(Amount * 10)),
        DurationUnit.Month when Amount % 1 == 0 => moment.AddMonths(sign * (int)Amount),
        DurationUnit.Week => moment.AddDays(sign * Amount * 7),
        DurationUnit.Fortnight => moment.AddDays(sign * Amount * 14),
        _ => moment.AddSeconds(sign * Seconds),
    };
}
