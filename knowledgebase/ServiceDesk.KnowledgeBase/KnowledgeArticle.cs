namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// One article of the knowledge base in one language, as written in its Markdown file. The French
/// and English versions of the same article share <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Immutable value: the index keeps it as loaded and hands the same instance back in matches, so the
/// conversation can show <see cref="Workaround"/> steps without reading the file again.
/// </remarks>
public sealed record KnowledgeArticle(
    string Id,
    string Title,
    string Language,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> AppliesTo,
    string Cause,
    IReadOnlyList<string> Workaround,
    string Resolution,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Related,
    DateOnly LastReviewed,
    ArticleKind Kind)
{
    /// <summary>The Markdown body reduced to plain text (headings and emphasis removed).</summary>
    public string Body { get; init; } = "";

    /// <summary>Where the article was read from; null for an article added at run time.</summary>
    public string? SourcePath { get; init; }
}
