using ServiceDesk.Core.Recognition.Text;
using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Core.Recognition.Dates;

/// <summary>
/// Words of chat the date-time library would misread, blanked (same length, so offsets stay
/// exact) before it reads the text: a ticket's number ("ticket 1530", "ma demande 2023", "#1130")
/// is not a time or a year, and the "jour" of "mise à jour" ("depuis la mise à jour de mardi") is
/// not a day's length. In the project's reading, the "chaque" of "à chaque fois" too, which costs a second reading.
/// </summary>
internal static class ChatMasks
{
    private static readonly System.Text.RegularExpressions.Regex UpdateDay = Patterns.Create(@"\b(?:mises?|remises?|mettre|mis|mettez|mets)\s+a\s+(?<day>jour)s?\b");

    /// <summary>
    /// The text with those words blanked; with <paramref name="repeatIdioms"/>, "chaque" in "(à) chaque fois" too (see
    /// <see cref="RepeatIdiom"/>).
    /// </summary>
    public static string Apply(string text, bool repeatIdioms)
    {
        var folded = TextNormalizer.Normalize(text);
        var spans = TicketReferenceRecognizer.NumberSpans(folded);
        Add(spans, UpdateDay, folded, "day");
        if (repeatIdioms && folded.Contains("chaque", StringComparison.Ordinal)) Add(spans, RepeatIdiom, folded, "each");
        if (spans.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var (start, end) in spans)
        {
            for (var i = start; i < end; i++) chars[i] = ' ';
        }

        return new string(chars);
    }

    private static void Add(List<(int Start, int End)> spans, System.Text.RegularExpressions.Regex pattern, string folded, string group)
    {
        foreach (var match in Patterns.Scan(pattern, folded))
        {
            var word = match.Groups[group];
            spans.Add((word.Index, word.Index + word.Length));
        }
    }

    /// <summary>
    /// "À chaque fois", "chaque fois que…": the person says how often the problem shows, not a repeat in the calendar,
    /// yet "chaque" makes the library's repeat extractor read the whole text a second time without it, for a repeat
    /// starting at the next word ("chaque lundi"). No date starts with "fois": that second reading finds nothing, and
    /// costs as much as the first (1.6–1.9 ms against 0.8 ms for the load bench's first message, README, "Where the
    /// figures stand"). "chaque" is blanked in the project's reading only; <c>DateTimeIdentityTests</c> compares that
    /// reading with the library's own, which keeps it, on the public suites and on chat messages holding the words next
    /// to dates, times, durations and real repeats. Not English: blanking "every" in "every time between 2pm and 4pm"
    /// changes the library's result (it then starts at "time"), which those tests showed.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex RepeatIdiom = Patterns.Create(@"\b(?<each>chaque)\s+(?=fois\b)");
}
