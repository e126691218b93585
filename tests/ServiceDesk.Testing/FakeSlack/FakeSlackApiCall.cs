using System.Text.Json.Nodes;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>One Web API call the fake received: the method, the bearer token, the arguments (JSON or form, as a JSON object) and the answer's HTTP status.</summary>
public sealed record FakeSlackApiCall(string Method, string? Token, JsonObject Arguments, string ContentType, int Status, DateTimeOffset At)
{
    /// <summary>Which bot instance called, when it was given its own <see cref="FakeSlack.ApiUrlFor"/> (null otherwise).</summary>
    public string? Instance { get; init; }

    public string? Argument(string name) => Arguments[name]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Arguments[name]!.GetValue<string>() : Arguments[name]?.ToJsonString();
}
