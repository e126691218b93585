using System.Text.Json;

namespace ServiceDesk.Bench.KnowledgeBase;

/// <summary>The labelled phrasings of the test project, read as (text, language, expected id).</summary>
internal static class LabelledSet
{
    public static IReadOnlyList<(string Text, string Language, string Expected)> Read(string path) =>
        File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (
                e.GetProperty("text").GetString()!,
                e.GetProperty("language").GetString()!,
                e.TryGetProperty("expected", out var expected) ? expected.GetString()! : ""))
            .ToList();
}
