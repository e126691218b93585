using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Tells French from English in short chat messages by their common words. French is the default:
/// only a message that is clearly English switches the conversation.
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "my", "is", "isn't", "doesn't", "don't", "can't", "cannot", "won't", "not", "it", "i", "i'm", "me", "and",
        "with", "since", "from", "to", "of", "working", "work", "works", "please", "hello", "hi", "help", "what",
        "where", "how", "status", "ticket", "only", "whole", "team", "blocked", "slowed", "down", "yes", "no",
        "this", "morning", "yesterday", "anymore", "keeps", "asking", "password", "printer", "broken", "crashes",
        "can", "could", "you", "some", "for", "an", "in", "are", "was", "has", "have", "need", "want",
        "screen", "laptop", "computer", "keyboard", "mouse", "mailbox", "email", "account", "network", "drive",
        "start", "open", "opens", "does", "do", "there", "again", "every", "time", "when", "why", "who", "which",
    };

    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "un", "une", "des", "mon", "ma", "mes", "je", "j'ai", "ne", "pas", "plus", "est", "et",
        "avec", "depuis", "sur", "dans", "pour", "de", "du", "il", "elle", "ça", "ca", "marche", "fonctionne",
        "bonjour", "merci", "où", "ou", "demande", "statut", "moi", "équipe", "bloqué", "bloquée", "oui", "non",
        "ce", "matin", "hier", "mot", "passe", "imprimante", "plante", "c'est", "qui", "que", "suis",
        "vous", "pouvez", "pourriez", "veux", "voudrais", "besoin", "au", "aux", "en", "écran", "ecran", "ordinateur",
        "souris", "clavier", "réseau", "reseau", "messagerie", "compte", "lecteur", "démarre", "ouvre", "encore",
        "chaque", "fois", "quand", "pourquoi", "quel", "quelle", "s'il", "plaît", "plait", "rien", "n'est",
    };

    /// <summary>"en" when English words clearly outnumber French ones, "fr" when French ones do, otherwise null (keep the current language).</summary>
    public static string? Detect(string text)
    {
        int english = 0, french = 0, words = 0;
        foreach (Match word in WordPattern().Matches(text ?? ""))
        {
            words++;
            english += English.Contains(word.Value) ? 1 : 0;
            french += French.Contains(word.Value) ? 1 : 0;
        }

        // One word ("status", "1", "ok") says little: switch only when at least two words agree and lead.
        if (english >= 2 && english > french)
        {
            return "en";
        }

        return french >= 2 && french > english ? "fr" : null;
    }

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordPattern();
}
