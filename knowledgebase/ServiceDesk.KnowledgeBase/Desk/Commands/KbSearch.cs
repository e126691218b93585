using ServiceDesk.Core.Technicians;

namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary>
/// <c>/kb search texte</c>: the best articles, one line each, in the language of the words searched (a technician
/// may paste an English requester's words), French when it cannot be told.
/// </summary>
internal static class KbSearch
{
    public const int Top = 5;

    public static string Run(DeskPhrasebook phrases, IKnowledgeBase index, string text)
    {
        var language = index is KnowledgeIndex known ? known.DetectLanguage(text) : "fr";
        var matches = index.Search(text, language, facts: null, Top);
        return matches.Count == 0
            ? phrases.Text($"Aucun article pour « {text} ».", $"No article for \"{text}\".")
            : phrases.Text($"Articles pour « {text} » :\n", $"Articles for \"{text}\":\n") + string.Join('\n', matches.Select(m => $"  {m.Article.Id} · {m.Article.Title}"))
              + phrases.Text("\n/kb show id pour le détail.", "\n/kb show id for the details.");
    }

    /// <summary>The article in French, else in English, else null.</summary>
    public static KnowledgeArticle? Find(IKnowledgeBase index, string id) => index.Find(id, "fr") ?? index.Find(id, "en");
}
