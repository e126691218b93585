using System.Text.Json.Nodes;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>An acknowledgement the bot sent over a Socket Mode connection, with its payload when it had one.</summary>
public sealed record FakeSlackAck(string EnvelopeId, JsonNode? Payload, int Connection);
