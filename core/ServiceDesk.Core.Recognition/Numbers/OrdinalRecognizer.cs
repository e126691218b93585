using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Numbers;

/// <summary>
/// Finds ordinals: "premier", "deuxième", "2e", "2ème", "third", "3rd", "twenty-first", and
/// "dernier"/"last" (value -1, meaning the last of a list). Used to read a choice among options,
/// so French and English ordinals are both read whatever the culture.
/// </summary>
public static class OrdinalRecognizer
{
    public const string OrdinalType = "ordinal";

    private static readonly Regex DigitOrdinal = Patterns.Create(
        @"(?<![\p{L}\d])(?<n>\d{1,4})\s?(?:st|nd|rd|th|e|er|ere|re|eme|ieme|em|nde?|d)(?![\p{L}\d])");

    private static readonly Regex LastWord = Patterns.Create(@"\b(?:last|derniere?|final)\b");

    public static IReadOnlyList<NumberResult> Recognize(string text, string culture)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var normalized = TextNormalizer.Normalize(text);
        _ = culture;
        var found = new List<NumberResult>();
        foreach (var m in Patterns.Scan(DigitOrdinal, normalized))
        {
            found.Add(Result(text, m.Index, m.Length, double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
        }

        found.AddRange(WordOrdinals(text, normalized, FrenchNumberWords.Lexicon));
        found.AddRange(WordOrdinals(text, normalized, EnglishNumberWords.Lexicon).Where(e => !found.Any(f => f.Start == e.Start)));
        foreach (var m in Patterns.Scan(LastWord, normalized))
        {
            found.Add(Result(text, m.Index, m.Length, -1));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static IEnumerable<NumberResult> WordOrdinals(string text, string normalized, NumberLexicon lexicon)
    {
        foreach (var run in NumberRuns.Split(normalized, [], lexicon))
        {
            for (var i = 0; i < run.Length; i++)
            {
                var word = run[i];
                if (word.Kind != WordKind.Ordinal || word.Has(WordFlags.FractionWord) || word.Has(WordFlags.Plural)) continue;
                var start = i > 0 && run[i - 1].IsTens ? run[i - 1].Start : word.Start;
                var value = i > 0 && run[i - 1].IsTens ? run[i - 1].Value + word.Value : word.Value;
                yield return Result(text, start, word.End - start, value);
            }
        }
    }

    private static NumberResult Result(string text, int start, int length, double value) =>
        new(text.Substring(start, length), start, start + length - 1, OrdinalType, value);
}
