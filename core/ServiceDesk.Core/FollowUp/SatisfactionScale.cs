using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDesk.Core.FollowUp;

/// <summary>
/// Reads a satisfaction answer, 1 to 5, from one tap or one word: "4", "4/5", "5 étoiles", "très satisfait", "bof",
/// "great", "terrible". Null when the message is something else (then it is not taken as an answer).
/// </summary>
public static partial class SatisfactionScale
{
    /// <summary>The numbered choices, worst first, so that "1" is the lowest score.</summary>
    public static IReadOnlyList<string> Choices(string language) => language == "en"
        ? ["Very dissatisfied", "Dissatisfied", "So-so", "Satisfied", "Very satisfied"]
        : ["Très insatisfait(e)", "Insatisfait(e)", "Moyennement satisfait(e)", "Satisfait(e)", "Très satisfait(e)"];

    private static readonly (string Words, int Score)[] Phrases =
    [
        ("tres insatisfait", 1), ("tres insatisfaite", 1), ("pas du tout satisfait", 1), ("pas du tout satisfaite", 1), ("tres mecontent", 1), ("nul", 1),
        ("horrible", 1), ("catastrophique", 1), ("very dissatisfied", 1), ("very unsatisfied", 1), ("terrible", 1), ("awful", 1), ("very bad", 1),
        ("pas satisfait", 2), ("pas satisfaite", 2), ("insatisfait", 2), ("insatisfaite", 2), ("mecontent", 2), ("mecontente", 2), ("decu", 2), ("decue", 2),
        ("mauvais", 2), ("dissatisfied", 2), ("unsatisfied", 2), ("not satisfied", 2), ("bad", 2), ("poor", 2),
        ("moyennement satisfait", 3), ("moyennement satisfaite", 3), ("moyen", 3), ("bof", 3), ("mitige", 3), ("correct", 3), ("so-so", 3), ("so so", 3),
        ("average", 3), ("okay", 3), ("ok", 3),
        ("tres satisfait", 5), ("tres satisfaite", 5), ("excellent", 5), ("parfait", 5), ("top", 5), ("super", 5), ("very satisfied", 5), ("great", 5),
        ("perfect", 5), ("very good", 5),
        ("satisfait", 4), ("satisfaite", 4), ("bien", 4), ("content", 4), ("contente", 4), ("satisfied", 4), ("good", 4), ("happy", 4),
    ];

    /// <summary>The score in <paramref name="text"/>, or null.</summary>
    public static int? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        if (Score().Match(folded) is { Success: true } number)
        {
            return int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var words = Words().Replace(folded, " ").Trim();
        return words.Split(' ').Length > 4 ? null : Phrases.Where(p => $" {words} ".Contains($" {p.Words} ", StringComparison.Ordinal))
            .Select(p => (int?)p.Score).FirstOrDefault();
    }

    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    [GeneratedRegex(@"^\s*([1-5])\s*(?:/\s*5|sur\s*5|out of 5|etoiles?|stars?|\.|!)?\s*$")]
    private static partial Regex Score();

    [GeneratedRegex(@"[^a-z\- ]+")]
    private static partial Regex Words();
}
