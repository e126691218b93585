using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.Tests.Support;
using ServiceDesk.Testing.FakeSlack;

namespace ServiceDesk.Adapters.Slack.Tests.Inbound;

public sealed class SlackPayloadParserTests
{
    private static JsonElement Json(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private static ParsedPayload Event(JsonObject callback) => SlackPayloadParser.ParseEventCallback(Json(callback), SlackHarness.Self);

    [Fact]
    public void ParseEventCallback_DirectMessage_IsAMessageWithItsIds()
    {
        var parsed = Event(FakeSlackPayloads.MessageEvent("U2147483697", "D024BE91L", "l'imprimante & moi", ts: "1355517523.000005", eventId: "Ev1", clientMsgId: "c-1"));
        var message = Assert.IsType<SlackMessage>(parsed.Inbound);
        Assert.Equal(("U2147483697", "D024BE91L", SlackConversationKind.DirectMessage, "l'imprimante & moi", "1355517523.000005", "c-1"), (message.User, message.Channel, message.Kind, message.Text, message.Ts, message.MessageId));
        Assert.False(message.IsThreadReply);
        Assert.Equal(["event:Ev1", "ts:D024BE91L:1355517523.000005", "msg:c-1"], parsed.Keys);
    }

    [Fact]
    public void ParseInteraction_ClickOnAQuestion_KeepsTheLabelAndTheQuestionsSection()
    {
        var question = new FakeSlackMessage("D1", "7.000200", "Qui est touché ?\n1. Juste moi", new JsonArray(
            new JsonObject { ["type"] = "section", ["block_id"] = "q-1", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "Qui est touché &amp; où ?" } },
            new JsonObject
            {
                ["type"] = "actions", ["block_id"] = "q-1-choices-0",
                ["elements"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = "choice_1", ["value"] = "1", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "1. Juste moi" } }),
            }), null);

        var click = Assert.IsType<SlackBlockAction>(SlackPayloadParser.ParseInteraction(Json(FakeSlackPayloads.ClickOn("U1", question, "choice_1"))).Inbound);

        Assert.Equal(("1. Juste moi", "Qui est touché &amp; où ?", "7.000200"), (click.Label, click.QuestionMrkdwn, click.MessageTs));
    }

    [Fact]
    public void ParseEventCallback_ThreadReplyInAChannel_KeepsTheThread()
    {
        var message = Assert.IsType<SlackMessage>(Event(FakeSlackPayloads.MessageEvent("U1", "C1", "je prends", channelType: "channel", threadTs: "100.000001")).Inbound);
        Assert.Equal(SlackConversationKind.Channel, message.Kind);
        Assert.Equal("100.000001", message.ThreadTs);
        Assert.True(message.IsThreadReply);
    }

    [Fact]
    public void ParseEventCallback_NoClientMsgId_MessageIdIsChannelAndTs() =>
        Assert.Equal("D1:5.000001", Assert.IsType<SlackMessage>(Event(FakeSlackPayloads.MessageEvent("U1", "D1", "x", ts: "5.000001", clientMsgId: "")).Inbound).MessageId);

    [Theory]
    [InlineData("message_changed")]
    [InlineData("message_deleted")]
    [InlineData("bot_message")]
    [InlineData("channel_join")]
    public void ParseEventCallback_EditsDeletionsAndOtherSubtypes_AreIgnored(string subtype) =>
        Assert.Null(Event(FakeSlackPayloads.MessageEvent("U1", "D1", "x", subtype: subtype)).Inbound);

    [Fact]
    public void ParseEventCallback_FileShare_IsStillAPersonWriting() =>
        Assert.NotNull(Event(FakeSlackPayloads.MessageEvent("U1", "D1", "voici la capture", subtype: "file_share")).Inbound);

    [Fact]
    public void ParseEventCallback_AnotherBotsMessage_IsIgnored() =>
        Assert.Null(Event(FakeSlackPayloads.MessageEvent("U9", "D1", "x", botId: "B999")).Inbound);

    [Fact]
    public void ParseEventCallback_TheDesksOwnMessage_IsIgnored() =>
        Assert.Null(Event(FakeSlackPayloads.MessageEvent(FakeSlack.BotUserId, "D1", "x")).Inbound);

    [Theory]
    [InlineData("mpim")]
    [InlineData("app_home")]
    public void ParseEventCallback_OtherConversationKinds_AreIgnored(string channelType) =>
        Assert.Null(Event(FakeSlackPayloads.MessageEvent("U1", "G1", "x", channelType: channelType)).Inbound);

    [Fact]
    public void ParseEventCallback_OtherEventTypes_AreIgnoredButKeepTheirEventId()
    {
        var callback = FakeSlackPayloads.EventCallback(new JsonObject { ["type"] = "app_mention", ["user"] = "U1", ["text"] = "<@UBOT>", ["ts"] = "1.1", ["channel"] = "C1" }, "Ev9");
        var parsed = Event(callback);
        Assert.Null(parsed.Inbound);
        Assert.Equal(["event:Ev9"], parsed.Keys);
    }

    [Fact]
    public void ParseInteraction_ButtonClick_IsABlockAction()
    {
        var payload = FakeSlackPayloads.BlockActions("U1", "D1", "1678252213.679169", "choice_2", "2", "https://hooks.slack.com/actions/1", actionTs: "1678252216.469172");
        var parsed = SlackPayloadParser.ParseInteraction(Json(payload));
        var click = Assert.IsType<SlackBlockAction>(parsed.Inbound);
        Assert.Equal(("U1", "D1", "1678252213.679169", "choice_2", "2", "1678252216.469172"), (click.User, click.Channel, click.MessageTs, click.ActionId, click.Value, click.ActionTs));
        Assert.Equal(new Uri("https://hooks.slack.com/actions/1"), click.ResponseUrl);
        Assert.Equal(["action:U1:1678252216.469172"], parsed.Keys);
    }

    [Fact]
    public void ParseInteraction_ViewSubmission_IsIgnored() =>
        Assert.Null(SlackPayloadParser.ParseInteraction(Json(new JsonObject { ["type"] = "view_submission" })).Inbound);

    [Fact]
    public void ParseInteraction_NoActions_IsIgnored() =>
        Assert.Null(SlackPayloadParser.ParseInteraction(Json(new JsonObject { ["type"] = "block_actions", ["user"] = new JsonObject { ["id"] = "U1" } })).Inbound);

    [Fact]
    public void ParseSlashCommand_Fields_AreTheCommand()
    {
        var fields = FakeSlackPayloads.SlashCommand("U1", "C1", "/desk", "take 42", "https://hooks.slack.com/commands/1");
        var command = Assert.IsType<SlackSlashCommand>(SlackPayloadParser.ParseSlashCommand(SlackPayloadParser.Fields(Json(fields))).Inbound);
        Assert.Equal(("/desk", "take 42", "U1", "C1"), (command.Command, command.Text, command.UserId, command.ChannelId));
        Assert.Equal(new Uri("https://hooks.slack.com/commands/1"), command.ResponseUrl);
    }

    [Fact]
    public void ParseSlashCommand_WithoutUser_IsIgnored() =>
        Assert.Null(SlackPayloadParser.ParseSlashCommand(new Dictionary<string, string> { ["command"] = "/desk" }).Inbound);
}
