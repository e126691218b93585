using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace ServiceDesk.Core.Recognition.Library;

/// <summary>
/// The Microsoft.Recognizers.Text models, each built once, on first use, for the whole process.
/// Building one compiles a few hundred regular expressions (tens of milliseconds); parsing with a
/// built model keeps no state between calls, so one instance serves every thread. A turn asks only
/// for the model it needs (a since-when reads dates, a numbered choice reads numbers).
/// </summary>
internal static class LibraryModels
{
    private static readonly Lazy<DateTimeModel> FrenchDates = new(() => DatesFor(Culture.French), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<DateTimeModel> EnglishDates = new(() => DatesFor(Culture.English), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IModel> FrenchNumbers = new(() => Numbers(Culture.French).GetNumberModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IModel> EnglishNumbers = new(() => Numbers(Culture.English).GetNumberModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IModel> FrenchOrdinals = new(() => Numbers(Culture.French).GetOrdinalModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IModel> EnglishOrdinals = new(() => Numbers(Culture.English).GetOrdinalModel(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static DateTimeModel Dates(bool french) => (french ? FrenchDates : EnglishDates).Value;

    /// <summary>Whether the prefilter is in front of the date model's number extractors: the project's (true), the library's (false).</summary>
    public static bool IsPrefiltered(bool french, bool library) => NumberPrefilter.IsInstalled(library ? LibraryDates(french) : Dates(french));

    /// <summary>Whether the date model's sub-extractors answer from a reading's memo (<see cref="ExtractorMemo"/>): the project's (true), the library's (false).</summary>
    public static bool IsMemoized(bool french, bool library) => ExtractorMemo.IsInstalled(library ? LibraryDates(french) : Dates(french));

    private static (int Fields, int Extractors, int Groups) frenchMemo;
    private static (int Fields, int Extractors, int Groups) englishMemo;

    /// <summary>
    /// What installing the memo found in the project's date model: the fields changed, the distinct sub-extractors they
    /// held and the groups those fell into (extractors proven to compute the same thing share one).
    /// </summary>
    public static (int Fields, int Extractors, int Groups) MemoInstalled(bool french)
    {
        _ = Dates(french);
        return french ? frenchMemo : englishMemo;
    }

    /// <summary>Reads <paramref name="text"/> with the project's date model outside a reading (for tests: the memo must then only delegate).</summary>
    public static int ParseOutsideAReading(bool french, string text, DateTime reference) => Dates(french).Parse(text, reference).Count;

    /// <summary>The patterns of the project's date model that have a non-backtracking twin, with their twins.</summary>
    public static IReadOnlyList<(System.Text.RegularExpressions.Regex Pattern, System.Text.RegularExpressions.Regex Twin)> Twins(bool french) => NumberPrefilter.TwinsIn(Dates(french));

    public static IModel Numbers(bool french) => (french ? FrenchNumbers : EnglishNumbers).Value;

    public static IModel Ordinals(bool french) => (french ? FrenchOrdinals : EnglishOrdinals).Value;

    /// <summary>
    /// The date model, built as the library's recognizer builds it but as an instance of its own, with its number
    /// extractors asked first whether any of their patterns matches (<see cref="NumberPrefilter"/>): the same results
    /// for a fraction of a first message's CPU.
    /// </summary>
    private static DateTimeModel DatesFor(string culture)
    {
        var options = new BaseDateTimeOptionsConfiguration(culture, DateTimeOptions.None);
        var model = culture == Culture.French
            ? new DateTimeModel(
                new BaseMergedDateTimeParser(new Microsoft.Recognizers.Text.DateTime.French.FrenchMergedParserConfiguration(options)),
                new BaseMergedDateTimeExtractor(new Microsoft.Recognizers.Text.DateTime.French.FrenchMergedExtractorConfiguration(options)))
            : new DateTimeModel(
                new BaseMergedDateTimeParser(new Microsoft.Recognizers.Text.DateTime.English.EnglishMergedParserConfiguration(options)),
                new BaseMergedDateTimeExtractor(new Microsoft.Recognizers.Text.DateTime.English.EnglishMergedExtractorConfiguration(options)));
        NumberPrefilter.Install(model);
        var memo = ExtractorMemo.Install(model);
        if (culture == Culture.French) frenchMemo = memo;
        else englishMemo = memo;
        return model;
    }

    /// <summary>
    /// The library's own date model, as its recognizer gives it (shared per culture and options), with nothing in
    /// front of its extractors: the reading before the prefilter, which <see cref="Dates"/> must match result for
    /// result (tests and the recognition bench compare the two).
    /// </summary>
    public static DateTimeModel LibraryDates(bool french) =>
        new Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer(french ? Culture.French : Culture.English, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel();

    private static Microsoft.Recognizers.Text.Number.NumberRecognizer Numbers(string culture) =>
        new(culture, NumberOptions.None, lazyInitialization: false);
}
