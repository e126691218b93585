using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Tickets;

/// <summary>
/// Finds references to existing tickets: "#42", "ticket 42", "ticket n°42", "demande n° 42",
/// "ma demande 42", "request 42", "incident 42". A bare number is not a reference, and neither
/// is a date or a time ("le 12/03", "à 14h").
/// </summary>
public static class TicketReferenceRecognizer
{
    private static readonly Regex Reference = Patterns.Create(
        @"(?:(?<![\p{L}\d&])#\s?|\b(?:tickets?|demandes?|requetes?|requests?|incidents?|inc|req|dossiers?|cases?|issues?)\s*(?:(?:n\s?°|n\s?o\.?|no\.?|nr\.?|num(?:ero)?\.?|number|#)\s*)?)" +
        @"(?<n>\d{1,9})(?![\d/:]|[.,]\d|\s?h\d|\s?h\b|\s?(?:heures?|hours?|h|min|minutes?|jours?|days?|am|pm)\b)");

    /// <summary>Where the numbers of ticket references are in already folded text, so that the date rules leave them alone.</summary>
    internal static List<(int Start, int End)> NumberSpans(string folded)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var match in Patterns.Scan(Reference, folded))
        {
            var number = match.Groups["n"];
            spans.Add((number.Index, number.Index + number.Length));
        }

        return spans;
    }

    public static IReadOnlyList<int> Find(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var found = new List<int>();
        foreach (var match in Patterns.Scan(Reference, TextNormalizer.Normalize(text)))
        {
            if (int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && !found.Contains(n))
            {
                found.Add(n);
            }
        }

        return found;
    }
}
