using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.Core.Recognition.Cli;

/// <summary>
/// The "recognize" command: reads JSON lines <c>{"text": "...", "culture": "fr-FR", "reference":
/// "2016-11-07T00:00:00"}</c> and writes one JSON line per input, the array of results
/// (<see cref="RecognitionJson"/>). Without "reference" the current local time of the given clock
/// is used. An optional "models" ("datetime", "number" or both in an array) narrows the output.
/// A line that cannot be read gives <c>{"error": "..."}</c> and the command goes on.
/// </summary>
public static class RecognizeCommand
{
    private const string DefaultCulture = "fr-FR";

    public static Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken ct) =>
        RunAsync(input, output, TimeProvider.System, ct);

    public static async Task<int> RunAsync(TextReader input, TextWriter output, TimeProvider timeProvider, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeProvider);
        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            await output.WriteLineAsync(Answer(line, timeProvider).AsMemory(), ct).ConfigureAwait(false);
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        return 0;
    }

    internal static string Answer(string line, TimeProvider timeProvider)
    {
        try
        {
            var request = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("expected a JSON object");
            var text = request["text"]?.GetValue<string>() ?? throw new FormatException("missing \"text\"");
            var culture = request["culture"]?.GetValue<string>() ?? DefaultCulture;
            var reference = Reference(request["reference"], timeProvider);
            return RecognitionJson.Recognize(text, culture, reference, Models(request["models"])).ToJsonString();
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return new JsonObject { ["error"] = e.Message }.ToJsonString();
        }
    }

    private static DateTime Reference(JsonNode? node, TimeProvider timeProvider)
    {
        var text = node?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(text)) return timeProvider.GetLocalNow().DateTime;
        return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces);
    }

    private static RecognitionModels Models(JsonNode? node)
    {
        if (node is null) return RecognitionModels.All;
        var names = node is JsonArray array ? array.Select(n => n?.GetValue<string>() ?? string.Empty) : [node.GetValue<string>()];
        var models = RecognitionModels.None;
        foreach (var name in names)
        {
            models |= name.ToUpperInvariant() switch
            {
                "DATETIME" or "DATETIMEMODEL" or "DURATION" => RecognitionModels.DateTime,
                "NUMBER" or "NUMBERMODEL" => RecognitionModels.Number,
                _ => RecognitionModels.All,
            };
        }

        return models == RecognitionModels.None ? RecognitionModels.All : models;
    }
}
