using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ServiceDesk.KnowledgeBase.Cli;

/// <summary>Writes matches as one JSON array: <c>[{"id","title","language","score"}]</c>.</summary>
internal static class SearchResultJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<KnowledgeMatch> matches)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var match in matches)
            {
                writer.WriteStartObject();
                writer.WriteString("id", match.Article.Id);
                writer.WriteString("title", match.Article.Title);
                writer.WriteString("language", match.Article.Language);
                writer.WriteNumber("score", Math.Round(match.Score, 3));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
