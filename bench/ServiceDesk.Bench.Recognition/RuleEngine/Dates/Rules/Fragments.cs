using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Regex pieces with the group names <see cref="Groups"/> reads, for one language.</summary>
internal sealed class Fragments(DateVocabulary words)
{
    public const string Day = @"(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|eme|e)?";

    public const string Year = @"(?<year>(?:1[0-9]|20)\d{2})";

    public const string YearSep = @"(?:\s*,\s*|\s+|\s*[/-]\s*|\s+of\s+|\s+in\s+|\s+de\s+)";

    public string Month { get; } = $@"(?<month>{words.Month})(?:\.|(?![\p{{L}}]))";

    public string DayWord { get; } = $@"(?<dayword>{words.DayWord})";

    public string AnyDay => $@"(?:{Day}|{DayWord})";

    public string Weekday { get; } = words.French
        ? @"(?<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lun|mar|mer|jeu|ven|sam|dim)\.(?=\s*\d))"
        : $@"(?<weekday>{words.Weekday})\.?";

    public string Amount { get; } = $"(?<num>{Amounts.Pattern(words)})";

    public string Unit { get; } = $@"(?<unit>{words.Unit})";
}
