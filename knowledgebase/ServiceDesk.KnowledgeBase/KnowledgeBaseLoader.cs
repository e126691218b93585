namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// Reads the article files (<c>{folder}/fr/*.md</c>, <c>{folder}/en/*.md</c>) and builds the
/// index at start-up. A malformed file is reported and skipped; a missing folder is an error.
/// </summary>
public static class KnowledgeBaseLoader
{
    /// <summary>The folder holding the articles, relative to the repository root.</summary>
    public static readonly string RelativeArticlesFolder = Path.Combine("knowledgebase", "articles");

    public static KnowledgeIndex Load(
        string articlesFolder,
        Action<ArticleProblem>? onProblem = null,
        KnowledgeSearchOptions? options = null)
    {
        var loaded = ReadArticles(articlesFolder);
        foreach (var problem in loaded.Problems)
        {
            onProblem?.Invoke(problem);
        }

        return new KnowledgeIndex(loaded.Articles, options);
    }

    public static LoadedArticles ReadArticles(string articlesFolder)
    {
        if (!Directory.Exists(articlesFolder))
        {
            throw new DirectoryNotFoundException($"Knowledge base articles folder not found: {articlesFolder}");
        }

        var articles = new List<KnowledgeArticle>();
        var problems = new List<ArticleProblem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(articlesFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var result = ReadFile(path);
            var problem = result.Problem ?? Duplicate(result.Article!, path, keys);
            if (problem is null)
            {
                articles.Add(result.Article!);
            }
            else
            {
                problems.Add(problem);
            }
        }

        return new LoadedArticles(articles, problems);
    }

    /// <summary>
    /// Reads and checks one article file (format, file name = id, folder = language); a file that
    /// cannot be read is a problem like a malformed one, not an exception.
    /// </summary>
    public static ArticleParseResult ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArticleParseResult.Failure(path, $"cannot be read: {ex.Message}");
        }

        var result = ArticleParser.Parse(text, path);
        var problem = result.Article is null ? null : CheckPlacement(result.Article, path);
        return problem is null ? result : ArticleParseResult.Failure(path, problem);
    }

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> to the first folder that has
    /// <c>knowledgebase/articles</c> below it; null when there is none.
    /// </summary>
    public static string? LocateArticlesFolder(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativeArticlesFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? CheckPlacement(KnowledgeArticle article, string path)
    {
        if (Path.GetFileNameWithoutExtension(path) != article.Id)
        {
            return $"file name must be the id: {article.Id}.md";
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        return folder is "fr" or "en" && folder != article.Language
            ? $"language '{article.Language}' does not match folder '{folder}'"
            : null;
    }

    private static ArticleProblem? Duplicate(KnowledgeArticle article, string path, HashSet<string> keys) =>
        keys.Add($"{article.Id}|{article.Language}")
            ? null
            : new ArticleProblem(path, $"another '{article.Language}' article already has id '{article.Id}'");
}
