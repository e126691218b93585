using ServiceDesk.Core.Recognition.Library;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Dates;

/// <summary>
/// Finds dates, times, durations, ranges and repeats in French or English chat text, resolved
/// against a reference moment (the message's time): "depuis hier 15h", "il y a deux heures",
/// "since last Monday", "entre 14h et 16h", "every Monday". The reading is Microsoft.Recognizers.Text's
/// date-time model; what it does not know stays here (<see cref="ChatMasks"/>, <see cref="ChatReadings"/>): a
/// ticket's number ("#42", "ma demande 1530") is never read as a time or a year. Thread-safe; odd input (empty, huge, emoji, control
/// characters) returns quickly with what it can.
/// </summary>
public static class DateTimeRecognizer
{
    /// <summary>
    /// Longest text read. A chat message is a few hundred characters (the desk keeps at most 4,000):
    /// a bigger paste is read on its first part, so it cannot hold a conversation's turn for long. The
    /// library's cost grows faster than the text (measured: seconds for 4,000 characters dense with dates,
    /// on a loaded machine), and when a problem started is said early in a message.
    /// </summary>
    public const int MaxTextLength = 1000;

    public static IReadOnlyList<DateTimeResult> Recognize(string text, string culture, DateTime reference) =>
        Recognize(text, culture, reference, LibraryModels.Dates(Cultures.IsFrench(culture)));

    /// <summary>
    /// The same reading with the library's own date model, without the project's shortcuts (the number prefilter,
    /// <see cref="NumberPrefilter"/>; the memo of one reading, <see cref="ExtractorMemo"/>; the repeat idiom blanked,
    /// <see cref="ChatMasks"/>): kept callable so that tests and the bench compare the two result for result.
    /// </summary>
    internal static IReadOnlyList<DateTimeResult> RecognizeAsTheLibrary(string text, string culture, DateTime reference) =>
        Recognize(text, culture, reference, LibraryModels.LibraryDates(Cultures.IsFrench(culture)), idioms: false);

    /// <summary>
    /// The project's model (number prefilter, repeat idiom) read without the memo of one reading (<see cref="ExtractorMemo"/>):
    /// outside a reading its wrappers only delegate. For the bench, to measure what the memo saves in the same run.
    /// </summary>
    internal static IReadOnlyList<DateTimeResult> RecognizeWithoutMemo(string text, string culture, DateTime reference) =>
        Recognize(text, culture, reference, LibraryModels.Dates(Cultures.IsFrench(culture)), memo: false);

    private static IReadOnlyList<DateTimeResult> Recognize(string text, string culture, DateTime reference, Microsoft.Recognizers.Text.DateTime.DateTimeModel model, bool memo = true, bool idioms = true)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var kept = text.Length > MaxTextLength ? text[..MaxTextLength] : text;

        // "(à) chaque fois" is not read as the start of a repeat (ChatMasks.RepeatIdiom), except by the library's own model,
        // which the identity tests compare with this one.
        var read = ChatMasks.Apply(kept, repeatIdioms: idioms);
        var found = new List<DateTimeResult>();

        // One reading: the model's sub-extractors answer each (text, reference) once (Library/ExtractorMemo.cs).
        using var reading = memo ? ExtractorMemo.Enter() : default(ExtractorMemo.Reading?);
        foreach (var result in model.Parse(read, reference))
        {
            if (ModelResults.ToDateTime(result) is { } value) found.Add(value with { Text = text.Substring(value.Start, value.End - value.Start + 1) });
        }

        return ChatReadings.Correct(found, kept);
    }

    /// <summary>
    /// When the problem started, for "depuis ce matin", "il y a deux heures", "since yesterday 3pm",
    /// "for 2 days": the first result that reads as a point in time, with a duration counted back
    /// from the reference and a time of day put on the reference day. Null when the text says no start
    /// ("toutes les 10 minutes" is a frequency, not a start).
    /// </summary>
    public static DateTimeResult? SinceWhen(string text, string culture, DateTime reference)
    {
        var results = Recognize(text, culture, reference);
        if (SinceReading.Find(results, reference) is { } since) return since;
        if (!results.Any(IsRepeat)) return null;

        // "depuis lundi, comme tous les lundis": the library reads the repeat and swallows the start; read again without it.
        var chars = text.ToCharArray();
        foreach (var repeat in results.Where(IsRepeat))
        {
            Array.Fill(chars, ' ', repeat.Start, repeat.End - repeat.Start + 1);
        }

        return SinceReading.Find(Recognize(new string(chars), culture, reference), reference) is { } found
            ? found with { Text = text.Substring(found.Start, found.End - found.Start + 1) }
            : null;
    }

    private static bool IsRepeat(DateTimeResult result) => result.TypeName.EndsWith(".set", StringComparison.Ordinal);
}
