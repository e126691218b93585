using System.Text.Json;
using ServiceDesk.Adapters.Slack.Inbound;

namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>Raw text frame → <see cref="SocketEnvelope"/>; null for anything that is not a JSON object with a <c>type</c> (logged and dropped by the caller).</summary>
internal static class SocketEnvelopeParser
{
    public static SocketEnvelope? Parse(string frame)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(frame);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }

        if (root.String("type") is not { } type)
        {
            return null;
        }

        var payload = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("payload", out var p) ? p : default;
        return new SocketEnvelope(
            type,
            root.String("envelope_id"),
            payload,
            root.Bool("accepts_response_payload"),
            root.Int("retry_attempt") ?? 0,
            root.String("retry_reason") is { Length: > 0 } reason ? reason : null,
            root.String("reason"));
    }
}
