using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates;

/// <summary>
/// Finds dates, times, durations, ranges and repeats in French or English chat text, resolved
/// against a reference moment (the message's time): "depuis hier 15h", "il y a deux heures",
/// "since last Monday", "entre 14h et 16h", "every Monday". Pure and thread-safe; odd input
/// (empty, huge, emoji, control characters) returns quickly with what it can.
/// </summary>
public static class RuleDateTimeRecognizer
{
    /// <summary>
    /// Longest text read. A chat message is a few hundred characters (the desk keeps at most 4,000):
    /// a bigger paste is read on its first part, so it cannot hold a conversation's turn for long.
    /// </summary>
    public const int MaxTextLength = 4096;

    public static IReadOnlyList<DateTimeResult> Recognize(string text, string culture, DateTime reference) =>
        text is null ? [] : DateTimeEngine.Run(text.Length > MaxTextLength ? text[..MaxTextLength] : text, Cultures.IsFrench(culture), reference);

    /// <summary>
    /// When the problem started, for "depuis ce matin", "il y a deux heures", "since yesterday 3pm",
    /// "for 2 days": the first result that reads as a point in time, with a duration counted back
    /// from the reference and a time of day put on the reference day. Null when the text says no start.
    /// </summary>
    public static DateTimeResult? SinceWhen(string text, string culture, DateTime reference) =>
        RuleSinceReading.Find(Recognize(text, culture, reference), reference);
}
