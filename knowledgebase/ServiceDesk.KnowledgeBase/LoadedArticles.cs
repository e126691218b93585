namespace ServiceDesk.KnowledgeBase;

/// <summary>What an articles folder held: the articles that parsed, and the files left out and why.</summary>
public sealed record LoadedArticles(IReadOnlyList<KnowledgeArticle> Articles, IReadOnlyList<ArticleProblem> Problems);
