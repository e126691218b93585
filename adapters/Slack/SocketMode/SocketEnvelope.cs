using System.Text.Json;

namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>One Socket Mode frame: <c>hello</c>, <c>disconnect</c>, or an envelope (<c>events_api</c>, <c>interactive</c>, <c>slash_commands</c> …) to acknowledge.</summary>
internal sealed record SocketEnvelope(
    string Type,
    string? EnvelopeId,
    JsonElement Payload,
    bool AcceptsResponsePayload,
    int RetryAttempt,
    string? RetryReason,
    string? Reason)
{
    public bool IsHello => Type == "hello";

    public bool IsDisconnect => Type == "disconnect";
}
