using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Core.Recognition.Numbers;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Choices;

/// <summary>
/// Reads which of a few offered options the user picked: by number ("2", "n°2", "option 2"),
/// by ordinal ("la deuxième", "3rd", "le dernier") or by the words of an option or its synonyms,
/// ignoring accents and forgiving one typo. Returns the 0-based index, or null when nothing or
/// more than one option fits.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly Regex ExplicitNumber = Patterns.Create(
        @"^(?:(?:option|choix|choice|numero|number|num|no|n°|n|#|le|la|l|the|reponse|answer|je|prends|take|pick|i)\s*)*#?(?<n>\d{1,3})(?:\s+(?:svp|stp|please|merci|thanks|thx))*$");

    /// <summary>The longest way of writing a number from 1 to 100 ("quatre vingt dix neuf"): a longer answer is not only a number.</summary>
    private const int LongestNumberWords = 5;

    /// <summary>An ordinal counts as a choice only in a short answer ("je prends la deuxième"), not in a report ("au 3e étage").</summary>
    private const int LongestOrdinalAnswer = 8;

    public static int? Recognize(string text, IReadOnlyList<ChoiceOption> options, string culture)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(text) || options.Count == 0) return null;
        var words = ChatText.Words(text, keepApostropheGaps: true);
        var number = NumberChoice(words, culture);
        if (number is not null) return InRange(number.Value - 1, options.Count);
        var byLabel = OptionScorer.Best(words, options, out var ambiguous);
        if (ambiguous) return null;
        if (byLabel is not null) return byLabel;
        if (words.AsSpan().Count(' ') >= LongestOrdinalAnswer) return null;
        var ordinal = OrdinalRecognizer.Recognize(text, culture).FirstOrDefault();
        if (ordinal is null) return null;
        return ordinal.Value < 0 ? options.Count - 1 : InRange((int)ordinal.Value - 1, options.Count);
    }

    private static int? NumberChoice(string words, string culture)
    {
        var match = ExplicitNumber.Match(words);
        if (match.Success) return int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (words.AsSpan().Count(' ') >= LongestNumberWords) return null;
        var numbers = NumberRecognizer.Recognize(words, culture);
        if (numbers.Count == 0) numbers = NumberRecognizer.Recognize(words, Cultures.IsFrench(culture) ? "en" : "fr");
        var whole = numbers.Count == 1 && numbers[0].Text.Length == words.Length;
        return whole && numbers[0].Value is >= 1 and <= 100 && numbers[0].Value % 1 == 0 ? (int)numbers[0].Value : null;
    }

    private static int? InRange(int index, int count) => index >= 0 && index < count ? index : null;
}
