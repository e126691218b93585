using ServiceDesk.Core.Recognition.Library;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Numbers;

/// <summary>
/// Finds ordinals: "premier", "deuxième", "2e", "2ème", "third", "3rd", "twenty-first"
/// (Microsoft.Recognizers.Text's ordinal models), and "dernier"/"last" (value -1, meaning the last
/// of a list). Used to read a choice among options, so French and English ordinals are both read
/// whatever the culture: the person's own culture first.
/// </summary>
public static class OrdinalRecognizer
{
    public const string OrdinalType = "ordinal";

    private const int LongestText = 200;

    private static readonly System.Text.RegularExpressions.Regex LastWord = Patterns.Create(@"\b(?:last|derniere?|final)\b");

    public static IReadOnlyList<NumberResult> Recognize(string text, string culture)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var read = text.Length > LongestText ? text[..LongestText] : text;
        var french = Cultures.IsFrench(culture);
        var found = Parse(read, french);
        found.AddRange(Parse(read, !french).Where(o => !found.Exists(f => f.Start < o.End + 1 && o.Start < f.End + 1)));
        found.AddRange(DigitOrdinals.Find(read).Where(o => !found.Exists(f => f.Start < o.End + 1 && o.Start < f.End + 1)));
        foreach (var m in Patterns.Scan(LastWord, TextNormalizer.Normalize(read)))
        {
            if (!found.Exists(f => f.Start <= m.Index && m.Index <= f.End)) found.Add(new NumberResult(read.Substring(m.Index, m.Length), m.Index, m.Index + m.Length - 1, OrdinalType, -1));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static List<NumberResult> Parse(string text, bool french)
    {
        var found = new List<NumberResult>();
        foreach (var result in LibraryModels.Ordinals(french).Parse(text))
        {
            if (ModelResults.ToNumber(result, OrdinalType) is { } ordinal && ordinal.Value > 0) found.Add(ordinal);
        }

        return found;
    }
}
