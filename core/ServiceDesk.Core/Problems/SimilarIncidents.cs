using ServiceDesk.Core.Intake;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Problems;

/// <summary>
/// Whether two incidents describe the same symptoms: their telling words (description, application, error message,
/// folded, without the little words of French and English, plural "s" dropped, cut to their first letters) overlap
/// for at least half of the shorter one, with two words in common at least unless it has only one. Cheap on purpose: it only proposes, a technician decides.
/// </summary>
public static class SimilarIncidents
{
    /// <summary>Words are compared on their first letters only: "imprimer", "imprimante", "imprime" meet.</summary>
    private const int StemLength = 6;

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "les", "des", "une", "mon", "mes", "ton", "son", "ses", "nos", "vos", "leur", "leurs", "est", "sont", "pas", "plus",
        "pour", "par", "avec", "dans", "sur", "que", "qui", "quoi", "mais", "depuis", "tres", "tout", "tous", "toute",
        "toutes", "fait", "faire", "peux", "peut", "veux", "vous", "nous", "elle", "ils", "cela", "cette", "ces", "ete",
        "avoir", "etre", "ce", "ne", "le", "la", "de", "du", "un", "et", "je", "j'ai", "ai", "a", "au", "aux", "en", "me", "ma",
        "bonjour", "merci", "matin", "aujourd'hui", "encore", "toujours", "rien", "marche", "fonctionne",
        "the", "and", "for", "with", "this", "that", "from", "have", "has", "not", "any", "can't", "cannot", "does", "doesn't",
        "my", "is", "it", "to", "of", "on", "in", "at", "hello", "please", "thanks", "since", "morning", "today", "work", "working",
    };

    public static bool Alike(Ticket first, Ticket second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Alike(Words(first), Words(second));
    }

    /// <summary>The same test on words already taken out (<see cref="Words"/>), for a caller comparing one ticket with many.</summary>
    public static bool Alike(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shared = a.Count(b.Contains);
        var shorter = Math.Min(a.Count, b.Count);
        return shared >= Math.Min(2, shorter) && shared > 0 && shared * 2 >= shorter;
    }

    /// <summary>The incident's telling words.</summary>
    public static HashSet<string> Words(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var text = TextFolding.Fold($"{ticket.Description} {ticket.Facts.Application} {ticket.Facts.ErrorMessage}");
        var words = text.Split([' ', '\t', '\n', '\r', ',', '.', ';', ':', '!', '?', '(', ')', '"', '«', '»', '/', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\''))
            .Select(w => w.Contains('\'', StringComparison.Ordinal) && w.IndexOf('\'', StringComparison.Ordinal) <= 2 ? w[(w.IndexOf('\'', StringComparison.Ordinal) + 1)..] : w)
            .Where(w => w.Length >= 3 && !Ignored.Contains(w))
            .Select(w => w.Length > 4 && w.EndsWith('s') ? w[..^1] : w)
            .Select(w => w.Length > StemLength ? w[..StemLength] : w);
        return new HashSet<string>(words, StringComparer.Ordinal);
    }
}
