using System.Globalization;
using System.Text;
using ServiceDesk.KnowledgeBase.Cli;

namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// The <c>kb search</c> command line: searches the articles folder as the bot would and prints
/// the best matches, as one JSON array with <c>--json</c> (for scripts and evaluations) or as
/// readable lines. Without <c>--lang</c> the language is guessed from the text, French by default.
/// </summary>
public static class KbSearchCommand
{
    /// <returns>0 on success, 1 when the articles folder is missing, 2 on a usage error.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, string articlesFolder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var parsed = KbSearchArguments.Parse(args ?? [], out var error);
        if (parsed is null)
        {
            await output.WriteLineAsync($"{error}\n{KbSearchArguments.Usage}".AsMemory(), ct);
            return 2;
        }

        if (!Directory.Exists(articlesFolder))
        {
            await output.WriteLineAsync($"articles folder not found: {articlesFolder}".AsMemory(), ct);
            return 1;
        }

        var problems = new List<ArticleProblem>();
        using var index = KnowledgeBaseLoader.Load(articlesFolder, problems.Add);
        var language = parsed.Language ?? index.DetectLanguage(parsed.Text);
        var matches = index.Search(parsed.Text, language, top: parsed.Top);
        var text = parsed.Json ? SearchResultJson.Write(matches) : Readable(matches, problems);
        await output.WriteLineAsync(text.AsMemory(), ct);
        return 0;
    }

    private static string Readable(IReadOnlyList<KnowledgeMatch> matches, List<ArticleProblem> problems)
    {
        var text = new StringBuilder();
        foreach (var problem in problems)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"warning: {problem}");
        }

        foreach (var match in matches)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{match.Score,7:0.000}  {match.Article.Id}  [{match.Article.Language}]  {match.Article.Title}");
        }

        return matches.Count == 0 ? text.Append("(no matching article)").ToString() : text.ToString().TrimEnd();
    }
}
