namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>Units a duration can be said in.</summary>
internal enum DurationUnit
{
    Second,
    Minute,
    Hour,
    Day,
    BusinessDay,
    Week,
    Fortnight,
    Weekend,
    Month,
    Year,
    Decade,
}
