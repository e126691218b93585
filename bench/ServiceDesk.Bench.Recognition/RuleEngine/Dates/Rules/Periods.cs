using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Parts of the day and their hours: morning 8–12, afternoon 12–16, evening 16–20, night 20–24, daytime 8–18.</summary>
internal static class Periods
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["morning"] = "MO", ["mornings"] = "MO", ["am"] = "MO", ["afternoon"] = "AF", ["afternoons"] = "AF", ["pm"] = "AF",
        ["evening"] = "EV", ["evenings"] = "EV", ["night"] = "NI", ["nights"] = "NI", ["tonight"] = "NI", ["tonite"] = "NI",
        ["daytime"] = "DT", ["matin"] = "MO", ["matinee"] = "MO", ["apres midi"] = "AF", ["aprem"] = "AF", ["soir"] = "EV",
        ["soiree"] = "EV", ["nuit"] = "NI", ["journee"] = "DT",
    };

    public const string English = @"mornings?|afternoons?|evenings?|nights?|daytime";

    public const string French = @"matinee|matin|apres[\s-]?midi|aprem|soiree|soir|nuit";

    public static string? Code(string word) => Codes.GetValueOrDefault(Vocabulary.DateVocabulary.Clean(word));

    public static (int From, int To) Hours(string code) => code switch
    {
        "MO" => (8, 12),
        "AF" => (12, 16),
        "EV" => (16, 20),
        "NI" => (20, 24),
        _ => (8, 18),
    };

    public static TimeRangeValue Range(string code)
    {
        var (from, to) = Hours(code);
        var end = to == 24 ? new ClockTime(23, 59, 59, 3, true) : new ClockTime(to, Settled: true);
        return new TimeRangeValue(new ClockTime(from, Settled: true), end, "T" + code);
    }

    public static DateTimeRangeValue OnDay(DateValue date, string code)
    {
        var day = date.Day ?? DateTime.MinValue;
        var range = Range(code);
        return new DateTimeRangeValue(date.Timex + "T" + code, day + range.From.Offset, day + range.To.Offset) { Date = date, Period = code };
    }

    /// <summary>An hour said with an afternoon, evening or night is a pm hour ("tonight around 7"); 1–3 stay as said.</summary>
    public static ClockTime Align(ClockTime clock, string code) =>
        code is "AF" or "EV" or "NI" && !clock.Settled && clock.Hour is >= 4 and < 12 ? clock.Afternoon() : clock;
}
