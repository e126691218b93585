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
            var result = ArticleParser.Parse(File.ReadAllText(path), path);
            var problem = result.Problem ?? CheckPlacement(result.Article!, path, keys);
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

    private static ArticleProblem? CheckPlacement(KnowledgeArticle article, string path, HashSet<string> keys)
    {
        if (Path.GetFileNameWithoutExtension(path) != article.Id)
        {
            return new ArticleProblem(path, $"file name must be the id: {article.Id}.md");
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        if (folder is "fr" or "en" && folder != article.Language)
        {
            return new ArticleProblem(path, $"language '{article.Language}' does not match folder '{folder}'");
        }

        return keys.Add($"{article.Id}|{article.Language}")
            ? null
            : new ArticleProblem(path, $"another '{article.Language}' article already has id '{article.Id}'");
    }
}
