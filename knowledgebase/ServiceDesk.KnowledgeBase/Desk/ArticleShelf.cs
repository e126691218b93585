using System.Text;

namespace ServiceDesk.KnowledgeBase.Desk;

/// <summary>
/// Where articles made at run time go: drafts wait in a review folder (one sub-folder per language, like the
/// articles), and publishing moves them into the articles folder and the index, searchable on return.
/// </summary>
/// <remarks>
/// Called under the desk's lock, one command at a time; the files are small and written whole. The folder watcher
/// may see a published file as well and index it again, which replaces the article with itself.
/// </remarks>
public sealed class ArticleShelf(string articlesFolder, string draftsFolder, IKnowledgeBase index)
{
    /// <summary>The tag a draft carries until it is published.</summary>
    public const string DraftTag = "draft";

    public IKnowledgeBase Index => index;

    /// <summary>Writes the draft for review and returns its path relative to the drafts folder's parent.</summary>
    public string SaveDraft(KnowledgeArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var path = Write(draftsFolder, article);
        return Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(draftsFolder)) ?? draftsFolder, path);
    }

    /// <summary>The draft with this id (any language), or null.</summary>
    public KnowledgeArticle? FindDraft(string id) =>
        DraftPaths(id).Where(File.Exists).Select(KnowledgeBaseLoader.ReadFile).Select(r => r.Article).FirstOrDefault(a => a is not null);

    /// <summary>Why the draft with this id cannot be read (after a bad edit), or null.</summary>
    public string? DraftProblem(string id) =>
        DraftPaths(id).Where(File.Exists).Select(KnowledgeBaseLoader.ReadFile).Select(r => r.Problem?.Message).FirstOrDefault(p => p is not null);

    /// <summary>Publishes the draft with this id: into the articles folder and the index, then off the review folder.</summary>
    public KnowledgeArticle? PublishDraft(string id)
    {
        if (FindDraft(id) is not { } draft)
        {
            return null;
        }

        var published = Publish(draft);
        foreach (var path in DraftPaths(id).Where(File.Exists))
        {
            File.Delete(path);
        }

        return published;
    }

    /// <summary>Writes the article into the articles folder (without the draft tag) and indexes it.</summary>
    public KnowledgeArticle Publish(KnowledgeArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var clean = article with { Tags = [.. article.Tags.Where(t => t != DraftTag)] };
        var path = Write(articlesFolder, clean);
        var published = clean with { SourcePath = path };
        index.Add(published);
        return published;
    }

    private IEnumerable<string> DraftPaths(string id) =>
        IsSafeId(id) ? new[] { "fr", "en" }.Select(language => Path.Combine(draftsFolder, language, id + ".md")) : [];

    private static string Write(string folder, KnowledgeArticle article)
    {
        if (!IsSafeId(article.Id))
        {
            throw new ArgumentException($"Article id '{article.Id}' cannot name a file.", nameof(article));
        }

        var directory = Path.Combine(folder, article.Language);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, article.Id + ".md");
        File.WriteAllText(path, ArticleMarkdown.Write(article), new UTF8Encoding(false));
        return path;
    }

    /// <summary>Letters, digits and dashes only: an id typed by a technician never leaves the folder.</summary>
    public static bool IsSafeId(string id) =>
        id is { Length: > 0 and <= 80 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
