using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;

/// <summary>"P3D", "PT1.5H", "P1DT5H", "P3WE": a duration's TIMEX, date units before the T and clock units after.</summary>
internal static class DurationTimex
{
    public static string Of(DurationValue duration)
    {
        var date = string.Concat(duration.Parts.Where(p => !p.IsClock).Select(Part));
        var clock = string.Concat(duration.Parts.Where(p => p.IsClock).Select(Part));
        return "P" + date + (clock.Length > 0 ? "T" + clock : string.Empty);
    }

    private static string Part(DurationPart part) => part.Unit switch
    {
        DurationUnit.Decade => new DurationPart(part.Amount * 10, DurationUnit.Year).TimexAmount + "Y",
        DurationUnit.Fortnight => new DurationPart(part.Amount * 2, DurationUnit.Week).TimexAmount + "W",
        _ => part.TimexAmount + part.TimexLetter,
    };
}
