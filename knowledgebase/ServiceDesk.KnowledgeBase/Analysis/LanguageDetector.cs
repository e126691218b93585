using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// Tells French from English in a short chat message: counts words that belong to one language
/// only, with accented letters counting for French, plus any evidence the caller adds (the
/// index adds words known only to one language's articles). French wins ties: the desk is
/// French first.
/// </summary>
internal static partial class LanguageDetector
{
    private static readonly FrozenSet<string> FrenchWords = FrozenSet.ToFrozenSet(
    [
        "je", "j", "tu", "il", "elle", "on", "nous", "vous", "mon", "ma", "mes", "le", "la", "les",
        "un", "une", "des", "du", "de", "est", "sont", "pas", "plus", "ne", "n", "ni", "sur", "dans",
        "avec", "pour", "comment", "quand", "mais", "ou", "et", "ca", "ça", "c", "qu", "que", "qui",
        "jai", "cest", "marche", "fonctionne", "bonjour", "merci", "svp", "stp", "depuis", "mot",
        "impossible", "peux", "veux", "arrive", "rien", "aucun", "au", "aux", "ce", "cette", "lui",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishWords = FrozenSet.ToFrozenSet(
    [
        "i", "i'm", "im", "my", "the", "is", "are", "was", "not", "no", "can't", "cant", "cannot",
        "won't", "wont", "doesn't", "doesnt", "don't", "dont", "isn't", "how", "do", "to", "from",
        "with", "of", "in", "on", "at", "it", "it's", "this", "that", "and", "or", "for", "keeps",
        "working", "work", "help", "please", "hi", "hello", "thanks", "what", "why", "since",
        "got", "get", "need", "want", "have", "has", "can", "stuck", "broken", "after", "any",
    ], StringComparer.Ordinal);

    public static string Detect(string text, int frenchEvidence = 0, int englishEvidence = 0)
    {
        var (french, english) = Count(text);
        return english + englishEvidence > french + frenchEvidence ? "en" : "fr";
    }

    private static (int French, int English) Count(string text)
    {
        var lower = text.ToLowerInvariant();
        var french = AccentPattern().Count(lower);
        var english = 0;
        foreach (Match word in WordPattern().Matches(lower))
        {
            french += FrenchWords.Contains(word.Value) || ElisionPattern().IsMatch(word.Value) ? 1 : 0;
            english += EnglishWords.Contains(word.Value) ? 1 : 0;
        }

        return (french, english);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?:[cjlmnstd]|qu)'\p{L}")]
    private static partial Regex ElisionPattern();

    [GeneratedRegex("[éèêàùçôîâœ]")]
    private static partial Regex AccentPattern();
}
