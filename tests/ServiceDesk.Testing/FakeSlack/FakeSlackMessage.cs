using System.Text.Json.Nodes;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>A message the bot posted (and maybe updated since): where, its ts, its text and blocks, its thread.</summary>
public sealed record FakeSlackMessage(string Channel, string Ts, string Text, JsonArray? Blocks, string? ThreadTs)
{
    /// <summary>The buttons' labels, in order (empty when the message has none).</summary>
    public IReadOnlyList<string> ButtonLabels =>
        Blocks is null
            ? []
            : [.. Blocks.OfType<JsonObject>()
                .Where(b => (string?)b["type"] == "actions")
                .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
                .Select(e => (string?)e["text"]?["text"] ?? "")];
}
