namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// The known-error database the conversation consults before opening a ticket (seed 002 §4.4):
/// search by the user's own words, look an article up by id, add an article at run time.
/// </summary>
/// <remarks>
/// Implementations are safe for concurrent searches from several conversations, and a search
/// running while <see cref="Add"/> happens sees the index either before or after the addition.
/// </remarks>
public interface IKnowledgeBase
{
    /// <summary>
    /// The best articles for <paramref name="text"/>, one per article id, best first, at most
    /// <paramref name="top"/>; empty when nothing is relevant enough.
    /// </summary>
    /// <param name="text">The user's message(s), as typed.</param>
    /// <param name="language">"fr" or "en": the language preferred for analysis and for the returned versions.</param>
    /// <param name="facts">Facts already extracted by the conversation, or null.</param>
    /// <param name="top">How many articles at most.</param>
    IReadOnlyList<KnowledgeMatch> Search(string text, string language, SearchFacts? facts = null, int top = 3);

    /// <summary>The article with this id in this language, or null.</summary>
    KnowledgeArticle? Find(string id, string language);

    /// <summary>Adds an article, or replaces the one with the same id and language; searchable on return.</summary>
    void Add(KnowledgeArticle article);

    /// <summary>Removes the article with this id in this language; false when there was none.</summary>
    bool Remove(string id, string language);
}
