using System.Globalization;
using System.Text;

namespace ServiceDesk.Core.FollowUp;

/// <summary>
/// Whether a requester's message says their resolved or closed problem is back ("ça ne marche toujours pas", "le
/// problème est revenu", "it's broken again", "please reopen"), so that it reopens the ticket instead of starting a
/// new conversation.
/// </summary>
public static class ReopenWords
{
    private static readonly string[] Words =
    [
        "rouvr", "reouvr", "toujours pas", "toujours le meme", "encore", "a nouveau", "de nouveau", "revenu", "recommence", "persiste",
        "pas resolu", "ne marche pas", "ne fonctionne pas", "marche plus", "fonctionne plus",
        "reopen", "still", "again", "came back", "is back", "not fixed", "not solved", "doesn't work", "does not work", "not working",
    ];

    public static bool Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        return Words.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('’', '\'').Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }
}
