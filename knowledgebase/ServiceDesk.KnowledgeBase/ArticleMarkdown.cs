using System.Globalization;
using System.Text;

namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// Writes an article in the file format <see cref="ArticleParser"/> reads (front matter, then the body), so that
/// an article made at run time (a draft from a resolved ticket) can be saved, reviewed and edited like the others.
/// </summary>
public static class ArticleMarkdown
{
    public static string Write(KnowledgeArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder("---\n");
        Scalar(text, "id", article.Id);
        Scalar(text, "title", article.Title);
        Scalar(text, "language", article.Language);
        List(text, "symptoms", article.Symptoms);
        List(text, "applies_to", article.AppliesTo);
        Scalar(text, "cause", article.Cause);
        List(text, "workaround", article.Workaround);
        Scalar(text, "resolution", article.Resolution);
        List(text, "tags", article.Tags);
        List(text, "related", article.Related);
        text.Append(CultureInfo.InvariantCulture, $"last_reviewed: {article.LastReviewed:yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"kind: {Kind(article.Kind)}\n---\n");
        text.Append(CultureInfo.InvariantCulture, $"# {article.Title}\n\n{article.Body}\n");
        return text.ToString();
    }

    private static void Scalar(StringBuilder text, string key, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"{key}: {Quoted(value)}\n");

    private static void List(StringBuilder text, string key, IReadOnlyList<string> values)
    {
        text.Append(CultureInfo.InvariantCulture, $"{key}:");
        text.Append(values.Count == 0 ? " []\n" : "\n");
        foreach (var value in values)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {Quoted(value)}\n");
        }
    }

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Kind(ArticleKind kind) => kind switch
    {
        ArticleKind.HowTo => "how-to",
        ArticleKind.Procedure => "procedure",
        _ => "known-error",
    };
}
