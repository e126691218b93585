using System.Text.Json.Nodes;
using ServiceDesk.Adapters.Slack.Tests.Events;
using ServiceDesk.Testing.FakeSlack;

namespace ServiceDesk.Adapters.Slack.Tests.FakeServer;

/// <summary>The fake Slack checked against Slack's documented examples, so the adapter's tests test against the real wire format.</summary>
public sealed class FakeSlackDocumentedShapesTests
{
    [Fact]
    public void Sign_DocumentedSigningExample_GivesSlacksSignature() =>
        Assert.Equal(
            SlackRequestVerifierTests.DocumentedSignature,
            FakeSlackSignature.Sign(SlackRequestVerifierTests.DocumentedSecret, SlackRequestVerifierTests.DocumentedTimestamp, SlackRequestVerifierTests.DocumentedBody));

    [Fact]
    public void MessageEvent_DirectMessage_HasTheFieldsOfSlacksMessageImExample()
    {
        // Slack's message.im example: type, channel, user, text, ts, event_ts, channel_type.
        var documented = JsonNode.Parse("""{ "type": "message", "channel": "D024BE91L", "user": "U2147483697", "text": "Hello hello can you hear me?", "ts": "1355517523.000005", "event_ts": "1355517523.000005", "channel_type": "im" }""")!.AsObject();
        var fake = FakeSlackPayloads.MessageEvent("U2147483697", "D024BE91L", "Hello hello can you hear me?", ts: "1355517523.000005", clientMsgId: "")["event"]!.AsObject();
        Assert.Equal(documented.ToJsonString(), fake.ToJsonString());
    }

    [Fact]
    public void EventsApiEnvelope_HasTheDocumentedEnvelopeFields()
    {
        var envelope = FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "x"));
        Assert.Equal(["envelope_id", "payload", "type", "accepts_response_payload", "retry_attempt", "retry_reason"], envelope.Select(p => p.Key));
        Assert.Equal("event_callback", (string?)envelope["payload"]!["type"]);
        Assert.Equal(false, (bool?)envelope["accepts_response_payload"]);
    }

    [Fact]
    public void SlashCommandsEnvelope_CarriesTheDocumentedSlashCommandFields()
    {
        var fields = FakeSlackPayloads.SlashCommand("U123ABC456", "C123ABC456", "/desk", "take 42");
        string[] documented = ["token", "team_id", "team_domain", "channel_id", "channel_name", "user_id", "user_name", "command", "text", "response_url", "trigger_id"];
        Assert.All(documented, name => Assert.NotNull(fields[name]));
        Assert.Equal(true, (bool?)FakeSlackPayloads.SlashCommandsEnvelope(fields)["accepts_response_payload"]);
    }

    [Fact]
    public void Hello_HasTheDocumentedFields()
    {
        var hello = FakeSlackPayloads.Hello(1);
        Assert.Equal("hello", (string?)hello["type"]);
        Assert.NotNull(hello["connection_info"]?["app_id"]);
        Assert.NotNull(hello["debug_info"]?["approximate_connection_time"]);
        Assert.Equal(1, (int?)hello["num_connections"]);
    }
}
