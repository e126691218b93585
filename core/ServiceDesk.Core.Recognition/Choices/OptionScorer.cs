using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Choices;

/// <summary>
/// Scores each option against the user's words: a whole label or synonym found in the message
/// beats any word overlap; otherwise the count of the option's meaningful words that the message
/// has (loosely, see <see cref="WordMatch"/>). Equal best scores mean the answer is ambiguous.
/// </summary>
internal static class OptionScorer
{
    private const int PhraseBonus = 100;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "the", "a", "an", "of", "to", "et", "and", "ou",
        "or", "je", "j", "i", "suis", "am", "is", "c", "est", "ce", "ca", "cest", "it", "my", "mon", "ma", "mes",
        "que", "qui", "en", "on", "in", "at", "pour", "for", "with", "avec", "sur", "au", "aux", "y", "tres", "very",
        "completement", "vraiment", "really", "totally", "totalement", "plutot", "rather", "im", "its",
    };

    public static int? Best(string words, IReadOnlyList<ChoiceOption> options, out bool ambiguous)
    {
        var content = ChatText.Split(words).Where(w => !StopWords.Contains(w)).ToArray();
        var padded = " " + words + " ";
        var scores = options.Select(o => Score(o, padded, content)).ToArray();
        var best = scores.Max();
        ambiguous = best > 0 && scores.Count(s => s == best) > 1;
        return best > 0 && !ambiguous ? Array.IndexOf(scores, best) : null;
    }

    private static int Score(ChoiceOption option, string padded, string[] content)
    {
        var best = 0;
        foreach (var phrase in option.Synonyms.Prepend(option.Label))
        {
            var words = ChatText.Words(phrase, keepApostropheGaps: true);
            if (words.Length == 0) continue;
            var exact = padded.Contains(" " + words + " ", StringComparison.Ordinal);
            var score = exact ? PhraseBonus + ChatText.Split(words).Length : Overlap(words, content);
            best = Math.Max(best, score);
        }

        return best;
    }

    private static int Overlap(string phrase, string[] content)
    {
        var count = 0;
        foreach (var word in ChatText.Split(phrase))
        {
            if (word.Length < 2 || StopWords.Contains(word)) continue;
            if (content.Any(c => WordMatch.Similar(word, c))) count++;
        }

        return count;
    }
}
