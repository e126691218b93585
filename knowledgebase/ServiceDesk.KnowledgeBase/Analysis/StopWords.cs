using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// Words that say nothing about which article fits: Lucene's French and English stop words,
/// folded (users drop accents), plus what people write around a request in a chat ("bonjour",
/// "svp", "ça marche plus", "please help", "I think").
/// </summary>
internal static class StopWords
{
    private static readonly string[] FrenchChat =
    [
        "bonjour", "bonsoir", "salut", "slt", "bjr", "merci", "mrc", "svp", "stp", "cordialement",
        "aide", "aider", "aidez", "urgent", "urgence", "probleme", "problemes", "souci", "soucis",
        "marche", "marchent", "fonctionne", "fonctionnent", "veux", "voudrais", "voudrai", "besoin",
        "pouvez", "pourriez", "peux", "peut", "arrive", "comment", "quoi", "depuis", "matin", "ca",
        "jai", "cest", "plus", "rien", "tout", "tous", "toute", "alors", "voila", "bien", "tres",
        "super", "faire", "fais", "fait", "dit", "dire", "encore", "toujours", "deja", "quand",
        "truc", "genre", "bref", "donc", "car", "ya", "ni", "sans", "si", "oui", "non", "vraiment",
        "pense", "crois", "sais", "semble", "quelque", "quelques", "quelqu", "chose", "quel", "quelle",
        "quels", "quelles", "aimerais", "souhaite", "souhaiterais", "possible", "normal", "normalement",
        "etc", "fois", "seul", "seule", "bout", "coup", "dois", "doit", "faut", "avoir", "etre",
    ];

    private static readonly string[] EnglishChat =
    [
        "hi", "hello", "hey", "thanks", "thank", "please", "pls", "plz", "help", "urgent", "issue",
        "issues", "problem", "problems", "work", "works", "working", "worked", "doesn't", "doesnt",
        "don't", "dont", "didn't", "didnt", "can't", "cant", "cannot", "won't", "wont", "isn't",
        "isnt", "since", "today", "morning", "want", "would", "could", "like", "just", "really",
        "super", "i", "i'm", "im", "my", "me", "you", "your", "we", "our", "so", "any", "anything",
        "some", "still", "again", "also", "how", "what", "do", "does", "did", "can", "get", "got",
        "am", "has", "have", "had", "been", "keep", "keeps", "all", "now", "very", "think", "guess",
        "maybe", "probably", "seems", "somehow", "know", "thing", "something", "wondering", "wonder",
        "which", "where", "when", "why", "here", "able", "unable", "try", "trying", "tried", "ok",
        "okay", "sorry", "anyone", "someone", "every", "always", "never", "ever", "else", "one",
        "should", "shall", "may", "might", "must", "about", "there", "from", "its", "it's", "he", "she",
    ];

    /// <summary>
    /// One set for both languages: users mix them ("outlook ne s'ouvre pas", "mon VPN is down"),
    /// and a French function word analyzed as English (or the reverse) would only add noise.
    /// </summary>
    public static CharArraySet Both { get; } = Build(
        FrenchAnalyzer.DefaultStopSet.Concat(EnglishAnalyzer.DefaultStopSet).Select(w => w.ToString() ?? ""),
        FrenchChat.Concat(EnglishChat));

    private static CharArraySet Build(IEnumerable<string> luceneWords, IEnumerable<string> chat)
    {
        var words = luceneWords.Select(TextFolding.Fold).Concat(chat).Where(w => w.Length > 0);
        return new CharArraySet(LuceneVersion.LUCENE_48, words.ToList(), ignoreCase: true).AsReadOnly();
    }
}
