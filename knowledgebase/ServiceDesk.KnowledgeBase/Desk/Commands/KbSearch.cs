namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary>
/// <c>/kb search texte</c>: the best articles, one line each, in the language of the words searched (a technician
/// may paste an English requester's words), French when it cannot be told.
/// </summary>
internal static class KbSearch
{
    public const int Top = 5;

    public static string Run(IKnowledgeBase index, string text)
    {
        var language = index is KnowledgeIndex known ? known.DetectLanguage(text) : "fr";
        var matches = index.Search(text, language, facts: null, Top);
        return matches.Count == 0
            ? $"Aucun article pour « {text} »."
            : $"Articles pour « {text} » :\n" + string.Join('\n', matches.Select(m => $"  {m.Article.Id} · {m.Article.Title}"))
              + "\n/kb show id pour le détail.";
    }

    /// <summary>The article in French, else in English, else null.</summary>
    public static KnowledgeArticle? Find(IKnowledgeBase index, string id) => index.Find(id, "fr") ?? index.Find(id, "en");
}
