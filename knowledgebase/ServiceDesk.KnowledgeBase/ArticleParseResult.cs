namespace ServiceDesk.KnowledgeBase;

/// <summary>The outcome of parsing one article file: an article, or the problem that prevented it.</summary>
public sealed record ArticleParseResult
{
    private ArticleParseResult(KnowledgeArticle? article, ArticleProblem? problem)
    {
        Article = article;
        Problem = problem;
    }

    public KnowledgeArticle? Article { get; }

    public ArticleProblem? Problem { get; }

    public bool Succeeded => Article is not null;

    public static ArticleParseResult Success(KnowledgeArticle article) => new(article, null);

    public static ArticleParseResult Failure(string sourcePath, string message) =>
        new(null, new ArticleProblem(sourcePath, message));
}
