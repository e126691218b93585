using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>All rules of one language, compiled once and shared by every call (they hold no state).</summary>
internal sealed class RuleBook
{
    private static readonly Lazy<RuleBook> EnglishBook = new(() => new RuleBook(EnglishDateWords.Vocabulary));
    private static readonly Lazy<RuleBook> FrenchBook = new(() => new RuleBook(FrenchDateWords.Vocabulary));

    private RuleBook(DateVocabulary words)
    {
        Words = words;
        var time = words.French ? FrenchTimeRules.For(words) : EnglishTimeRules.For(words);
        Rules =
        [
            .. DateRules.For(words), .. WeekdayRules.For(words), .. RelativeDayRules.For(words), .. time,
            .. DurationRules.For(words), .. NumberRules.For(words), .. PeriodRules.For(words),
            .. RangeRules.For(words), .. CalendarRules.For(words), .. SetRules.For(words), .. HolidayRules.For(words),
            .. EdgeRules.For(words), .. WeekRules.For(words),
        ];
        Filter = new WordFilter([.. Rules.Select(r => r.Pattern.ToString())]);
    }

    public DateVocabulary Words { get; }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Hides the words none of <see cref="Rules"/> can match, so that scanning skips them.</summary>
    public WordFilter Filter { get; }

    public static RuleBook For(bool french) => french ? FrenchBook.Value : EnglishBook.Value;
}
