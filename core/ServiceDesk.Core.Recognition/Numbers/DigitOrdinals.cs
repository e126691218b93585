using System.Globalization;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Numbers;

/// <summary>"2ème", "3eme", "2nde", "1ère": French chat spellings of ordinals in digits that the library's models leave out.</summary>
internal static class DigitOrdinals
{
    private static readonly System.Text.RegularExpressions.Regex Ordinal = Patterns.Create(
        @"(?<![\p{L}\d])(?<n>\d{1,4})\s?(?:st|nd|rd|th|e|er|ere|re|eme|ieme|em|nde?|d)(?![\p{L}\d])");

    public static IEnumerable<NumberResult> Find(string text)
    {
        foreach (var m in Patterns.Scan(Ordinal, TextNormalizer.Normalize(text)))
        {
            yield return new NumberResult(text.Substring(m.Index, m.Length), m.Index, m.Index + m.Length - 1, OrdinalRecognizer.OrdinalType, double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        }
    }
}
