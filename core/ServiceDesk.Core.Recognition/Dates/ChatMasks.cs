using ServiceDesk.Core.Recognition.Text;
using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Core.Recognition.Dates;

/// <summary>
/// Words of chat the date-time library would misread, blanked (same length, so offsets stay
/// exact) before it reads the text: a ticket's number ("ticket 1530", "ma demande 2023", "#1130")
/// is not a time or a year, and the "jour" of "mise à jour" ("depuis la mise à jour de mardi") is
/// not a day's length.
/// </summary>
internal static class ChatMasks
{
    private static readonly System.Text.RegularExpressions.Regex UpdateDay = Patterns.Create(@"\b(?:mises?|remises?|mettre|mis|mettez|mets)\s+a\s+(?<day>jour)s?\b");

    public static string Apply(string text)
    {
        var folded = TextNormalizer.Normalize(text);
        var spans = TicketReferenceRecognizer.NumberSpans(folded);
        foreach (var match in Patterns.Scan(UpdateDay, folded))
        {
            var day = match.Groups["day"];
            spans.Add((day.Index, day.Index + day.Length));
        }

        if (spans.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var (start, end) in spans)
        {
            for (var i = start; i < end; i++) chars[i] = ' ';
        }

        return new string(chars);
    }
}
