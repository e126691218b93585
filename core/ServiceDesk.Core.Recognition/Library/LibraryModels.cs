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

    public static IModel Numbers(bool french) => (french ? FrenchNumbers : EnglishNumbers).Value;

    public static IModel Ordinals(bool french) => (french ? FrenchOrdinals : EnglishOrdinals).Value;

    private static DateTimeModel DatesFor(string culture) =>
        new Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer(culture, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel();

    private static Microsoft.Recognizers.Text.Number.NumberRecognizer Numbers(string culture) =>
        new(culture, NumberOptions.None, lazyInitialization: false);
}
