using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// Finds cardinal numbers in French or English text, in digits or words ("42", "1 234,5",
/// "vingt et un", "three and a half", "2.5k"). Pure and thread-safe; never throws on odd input.
/// </summary>
/// <remarks>
/// Ordinals ("premier", "3rd") are not numbers here, as in the public test suites' number model:
/// ask <see cref="OrdinalRecognizer"/> for them.
/// </remarks>
public static class RuleNumberRecognizer
{
    public const string NumberType = "number";

    public static IReadOnlyList<NumberResult> Recognize(string text, string culture)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var french = Cultures.IsFrench(culture);
        var normalized = TextNormalizer.Normalize(text);
        var spans = Find(text, normalized, french);
        return spans.Select(s => new NumberResult(text[s.Start..s.End], s.Start, s.End - 1, NumberType, s.Value)).ToList();
    }

    internal static IReadOnlyList<DigitNumber> Find(string text, string normalized, bool french)
    {
        var digits = DigitNumberScanner.Scan(text, french);
        var words = WordNumberScanner.Scan(normalized, digits, french ? FrenchNumberWords.Lexicon : EnglishNumberWords.Lexicon);
        var kept = words.Where(w => !IsPronoun(normalized, w, french)).ToList();
        foreach (var d in digits)
        {
            if (!kept.Any(w => w.Start < d.End && d.Start < w.End)) kept.Add(d);
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool IsPronoun(string normalized, DigitNumber number, bool french)
    {
        if (french || number.End - number.Start != 3 || !normalized.AsSpan(number.Start, 3).SequenceEqual("one")) return false;
        var before = normalized.AsSpan(0, number.Start).TrimEnd();
        return before.EndsWith("the") || before.EndsWith("this") || before.EndsWith("that") || before.EndsWith("which")
            || before.EndsWith("every") || before.EndsWith("each") || before.EndsWith("any");
    }
}
