namespace ServiceDesk.KnowledgeBase;

/// <summary>One article proposed for a user's message, best first in a result list.</summary>
/// <param name="Article">The article, in the user's language when that version exists.</param>
/// <param name="Score">Relevance as computed by the index; only comparable within one search.</param>
public sealed record KnowledgeMatch(KnowledgeArticle Article, float Score);
