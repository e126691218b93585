using ServiceDesk.KnowledgeBase.Parsing;
using YamlDotNet.Core;

namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// Reads an article file: YAML front matter between two <c>---</c> lines, then a Markdown body.
/// </summary>
/// <remarks>
/// Strict on purpose: exactly the documented keys, all present, typed as documented. A file that
/// breaks the format is reported with a readable reason instead of being half-loaded.
/// </remarks>
public static class ArticleParser
{
    public static ArticleParseResult Parse(string text, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourcePath);
        if (!FrontMatter.TrySplit(text, out var yaml, out var markdown))
        {
            return ArticleParseResult.Failure(sourcePath, "no YAML front matter between two '---' lines at the top");
        }

        try
        {
            var fields = FrontMatterFields.Read(yaml);
            var article = ArticleBuilder.Build(fields) with
            {
                Body = MarkdownText.ToPlainText(markdown),
                SourcePath = sourcePath,
            };
            return ArticleParseResult.Success(article);
        }
        catch (YamlException ex)
        {
            return ArticleParseResult.Failure(sourcePath, $"invalid YAML at line {ex.Start.Line}: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some truncated inputs (an unclosed flow list at the end).
            return ArticleParseResult.Failure(sourcePath, $"invalid YAML: {ex.Message}");
        }
        catch (FormatException ex)
        {
            return ArticleParseResult.Failure(sourcePath, ex.Message);
        }
    }
}
