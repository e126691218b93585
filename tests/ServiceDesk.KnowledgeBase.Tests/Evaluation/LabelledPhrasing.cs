using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceDesk.KnowledgeBase.Tests.Evaluation;

/// <summary>One line of a labelled set: what a user typed and the article that answers it.</summary>
public sealed record LabelledPhrasing(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("expected")] string Expected)
{
    public static IReadOnlyList<LabelledPhrasing> ReadAll(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", fileName);
        return File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledPhrasing>(line)!)
            .ToList();
    }
}
