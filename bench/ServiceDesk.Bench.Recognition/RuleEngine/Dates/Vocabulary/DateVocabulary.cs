using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;

/// <summary>
/// The words one language uses for dates and times, as lookups and as regex alternations
/// (longest first) that the rules are built from.
/// </summary>
internal sealed class DateVocabulary
{
    public required bool French { get; init; }

    public required IReadOnlyDictionary<string, int> Months { get; init; }

    public required IReadOnlyDictionary<string, int> Weekdays { get; init; }

    public required IReadOnlyDictionary<string, DurationUnit> Units { get; init; }

    public required IReadOnlyDictionary<string, int> DayWords { get; init; }

    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }

    public string Month => field ??= Alternation(Months.Keys);

    public string Weekday => field ??= Alternation(Weekdays.Keys);

    public string Unit => field ??= Alternation(Units.Keys);

    public string DayWord => field ??= Alternation(DayWords.Keys);

    public string NumberWord => field ??= Alternation(NumberWords.Keys);

    /// <summary>Number words from 1 to 59, for minutes ("thirty", "vingt-sept").</summary>
    public string MinuteWord => field ??= Alternation(PlainNumbers(1, 59));

    /// <summary>Number words that can name an hour (1–12 in English, 0–24 in French).</summary>
    public string HourWord => field ??= Alternation(PlainNumbers(French ? 0 : 1, French ? 24 : 12).Append(French ? "zero" : "zero"));

    private IEnumerable<string> PlainNumbers(int min, int max) =>
        NumberWords.Where(p => p.Value >= min && p.Value <= max && p.Key.Length > 2 && !p.Key.Contains("few", StringComparison.Ordinal)
            && !p.Key.Contains("couple", StringComparison.Ordinal) && !p.Key.Contains("quel", StringComparison.Ordinal)
            && !p.Key.Contains("plusieurs", StringComparison.Ordinal) && !p.Key.Contains("several", StringComparison.Ordinal)
            && !p.Key.Contains(" ou ", StringComparison.Ordinal) && p.Key != "une").Select(p => p.Key);

    public int? MonthOf(string text) => Months.TryGetValue(Clean(text), out var m) ? m : null;

    public int? WeekdayOf(string text) => Weekdays.TryGetValue(Clean(text), out var d) ? d : null;

    public DurationUnit? UnitOf(string text) => Units.TryGetValue(Clean(text), out var u) ? u : null;

    public int? NumberOf(string text) => NumberWords.TryGetValue(Clean(text), out var n) ? n : null;

    public int? DayWordOf(string text) => DayWords.TryGetValue(Clean(text), out var n) ? n : null;

    public static string Clean(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.').Split([' ', '-', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "[\\s-]+", StringComparison.Ordinal)));
}
