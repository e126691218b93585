using Markdig;

namespace ServiceDesk.KnowledgeBase.Parsing;

/// <summary>Turns an article body into plain text for indexing and for chat display.</summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static string ToPlainText(string markdown) =>
        Markdown.ToPlainText(markdown, Pipeline).Trim();
}
