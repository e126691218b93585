using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.SocketMode;
using ServiceDesk.Adapters.Slack.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Slack.Tests.SocketMode;

/// <summary>The Socket Mode client against the fake Slack over a real loopback WebSocket. No elapsed time is asserted: waits are for states, with generous bounds.</summary>
public sealed class SocketModeClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SlackHarness harness = null!;

    private FakeSlack Slack => harness.Slack;

    private RecordingKeeper Keeper => harness.Keeper;

    public async Task InitializeAsync() => harness = await SlackHarness.StartAsync(output);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private static string Text(SlackInbound inbound) => Assert.IsType<SlackMessage>(inbound).Text;

    private Task AckedAsync(string envelopeId) => FakeSlack.EventuallyAsync(() => Slack.IsAcknowledged(envelopeId), "the acknowledgement of " + envelopeId);

    private async Task<string> SendMessageAsync(string text, string? eventId = null, string? clientMsgId = null) =>
        await Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", text, eventId: eventId, clientMsgId: clientMsgId)));

    [Fact]
    public async Task RunAsync_Connects_WithTheAppTokenAndAFreshUrl()
    {
        await harness.RunSocketModeAsync();
        Assert.Equal(FakeSlack.AppToken, Assert.Single(Slack.CallsTo("apps.connections.open")).Token);
        Assert.Single(Slack.OpenSockets);
    }

    [Fact]
    public async Task RunAsync_Envelope_AcknowledgedOnlyAfterTheKeepReturns()
    {
        var gate = new TaskCompletionSource();
        Keeper.Gate = gate.Task;
        await harness.RunSocketModeAsync();

        var id = await SendMessageAsync("Bonjour, Outlook me redemande mon mot de passe");
        await FakeSlack.EventuallyAsync(() => Keeper.Calls == 1, "the keep to start");
        Assert.False(Slack.IsAcknowledged(id));

        gate.SetResult();
        await AckedAsync(id);
        Assert.Equal("Bonjour, Outlook me redemande mon mot de passe", Text(Assert.Single(Keeper.Kept)));
        Assert.Null(Assert.Single(Slack.Acks).Payload);
    }

    [Fact]
    public async Task RunAsync_KeepFails_NotAcknowledgedAndTheRedeliveryIsKept()
    {
        Keeper.FailNext = 1;
        await harness.RunSocketModeAsync();
        var first = await SendMessageAsync("l'imprimante ne marche plus", eventId: "Ev1");
        var other = await SendMessageAsync("autre chose");
        await AckedAsync(other);
        Assert.False(Slack.IsAcknowledged(first));
        Assert.True(harness.Logs.Contains(LogLevel.Error, "could not be kept"));

        var again = Assert.Single(await Slack.RedeliverUnacknowledgedAsync());
        await AckedAsync(again);
        Assert.Equal(["autre chose", "l'imprimante ne marche plus"], Keeper.Kept.Select(Text));
        Assert.Equal(1, Keeper.Kept[1].RetryAttempt);
    }

    [Fact]
    public async Task RunAsync_SameEnvelopeTwice_KeptOnceAcknowledgedTwice()
    {
        await harness.RunSocketModeAsync();
        var id = await Slack.SendTwiceAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "deux fois")));
        await FakeSlack.EventuallyAsync(() => Slack.Acks.Count(a => a.EnvelopeId == id) == 2, "both acknowledgements");
        Assert.Single(Keeper.Kept);
        Assert.Equal(1, Keeper.Calls);
    }

    [Fact]
    public async Task RunAsync_RedeliveredWhileTheFirstIsStillBeingKept_KeptOnce()
    {
        var gate = new TaskCompletionSource();
        Keeper.Gate = gate.Task;
        await harness.RunSocketModeAsync();
        var first = await SendMessageAsync("lent à garder", eventId: "Ev7");
        await FakeSlack.EventuallyAsync(() => Keeper.Calls == 1, "the keep to start");
        var retry = Assert.Single(await Slack.RedeliverUnacknowledgedAsync());

        gate.SetResult();
        await AckedAsync(first);
        await AckedAsync(retry);
        Assert.Single(Keeper.Kept);
        Assert.True(harness.Logs.Contains(LogLevel.Information, "already kept"));
    }

    [Fact]
    public async Task RunAsync_RetryNeverSeenBefore_KeptWithItsRetryAttempt()
    {
        await harness.RunSocketModeAsync();
        var id = await Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "pendant la coupure"), retryAttempt: 2, retryReason: "timeout"));
        await AckedAsync(id);
        var kept = Assert.Single(Keeper.Kept);
        Assert.Equal((2, "timeout"), (kept.RetryAttempt, kept.RetryReason));
    }

    [Fact]
    public async Task RunAsync_SameMessageUnderANewEventId_KeptOnce()
    {
        await harness.RunSocketModeAsync();
        var a = await SendMessageAsync("même message", eventId: "Ev1", clientMsgId: "c-1");
        var b = await SendMessageAsync("même message", eventId: "Ev2", clientMsgId: "c-1");
        await AckedAsync(a);
        await AckedAsync(b);
        Assert.Single(Keeper.Kept);
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task RunAsync_DisconnectAnnounced_OpensASecondConnectionBeforeTheFirstCloses(string reason)
    {
        await harness.RunSocketModeAsync();
        var old = await Slack.SendDisconnectAsync(reason, closeAfter: null);
        await FakeSlack.EventuallyAsync(() => Slack.OpenSockets.Count == 2, "a second connection while the first is still open");

        // The old socket still works until Slack closes it, and the new one works already: nothing falls in the gap.
        var onOld = await Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "sur l'ancienne")), old);
        var onNew = await SendMessageAsync("sur la nouvelle");
        await AckedAsync(onOld);
        await AckedAsync(onNew);
        Assert.Equal(1, Slack.Acks.Single(a => a.EnvelopeId == onOld).Connection);
        Assert.Equal(2, Slack.Acks.Single(a => a.EnvelopeId == onNew).Connection);

        await old.CloseAsync();
        await FakeSlack.EventuallyAsync(() => Slack.OpenSockets.Count == 1, "the old connection closed");
        var after = await SendMessageAsync("après");
        await AckedAsync(after);
        string[] sent = ["sur l'ancienne", "sur la nouvelle", "après"];
        Assert.Equal(sent.Order(StringComparer.Ordinal), Keeper.Kept.Select(Text).Order(StringComparer.Ordinal));
        Assert.Equal(2, Slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task RunAsync_TooManyWebsockets_ClosesTheOldOneThenReconnects()
    {
        await harness.RunSocketModeAsync();
        var old = await Slack.SendDisconnectAsync("too_many_websockets", closeAfter: null);
        await old.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        await FakeSlack.EventuallyAsync(() => Slack.Sockets.Count == 2 && Slack.OpenSockets.Count == 1, "a new connection");
        await AckedAsync(await SendMessageAsync("reconnecté"));
    }

    [Fact]
    public async Task RunAsync_SocketDropped_ReconnectsAndReceivesAgain()
    {
        await harness.RunSocketModeAsync();
        Slack.DropConnections();
        await FakeSlack.EventuallyAsync(() => Slack.Sockets.Count == 2 && Slack.OpenSockets.Count == 1, "a new connection");
        await AckedAsync(await SendMessageAsync("après la coupure"));
        Assert.Equal("après la coupure", Text(Assert.Single(Keeper.Kept)));
    }

    [Fact]
    public async Task RunAsync_OpenFailsWith500_RetriedUntilConnected()
    {
        Slack.FailNext("apps.connections.open", 500, times: 3);
        await harness.RunSocketModeAsync();
        Assert.Equal([500, 500, 500, 200], Slack.CallsTo("apps.connections.open").Select(c => c.Status));
    }

    [Fact]
    public async Task RunAsync_BadFramesAndUnknownEnvelopes_DroppedAndTheConnectionKept()
    {
        await harness.RunSocketModeAsync();
        var socket = Assert.Single(Slack.OpenSockets);
        await socket.SendRawAsync("ceci n'est pas du JSON");
        await socket.SendRawAsync("""{"no_type":true}""");
        await socket.SendRawAsync("[1,2,3]");
        var unknown = await Slack.SendEnvelopeAsync(new() { ["envelope_id"] = "e-unknown", ["type"] = "surprise", ["payload"] = new System.Text.Json.Nodes.JsonObject() });
        await AckedAsync(unknown);
        await AckedAsync(await SendMessageAsync("toujours là"));
        Assert.Equal("toujours là", Text(Assert.Single(Keeper.Kept)));
        Assert.Single(Slack.Sockets);
        Assert.True(harness.Logs.Contains(LogLevel.Warning, "not a JSON object with a type"));
    }

    [Fact]
    public async Task RunAsync_OwnAndBotMessagesAndEdits_AcknowledgedButNotKept()
    {
        await harness.RunSocketModeAsync();
        string[] ids =
        [
            await Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent(FakeSlack.BotUserId, "D1", "ma propre réponse"))),
            await Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U9", "D1", "autre bot", botId: "B9"))),
            await Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "modifié", subtype: "message_changed"))),
            await Slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "", subtype: "message_deleted"))),
        ];
        foreach (var id in ids)
        {
            await AckedAsync(id);
        }

        Assert.Equal(0, Keeper.Calls);
    }

    [Fact]
    public async Task RunAsync_SlashCommand_TheAcknowledgementCarriesTheReply()
    {
        Keeper.Reply = new SlackAckReply("Seuls les techniciens peuvent utiliser /desk.");
        await harness.RunSocketModeAsync();
        var id = await Slack.SendEnvelopeAsync(FakeSlackPayloads.SlashCommandsEnvelope(FakeSlackPayloads.SlashCommand("U1", "C1", "/desk", "take 42")));
        await AckedAsync(id);
        var payload = Assert.Single(Slack.Acks).Payload!;
        Assert.Equal(("ephemeral", "Seuls les techniciens peuvent utiliser /desk."), ((string?)payload["response_type"], (string?)payload["text"]));
        Assert.Equal("take 42", Assert.IsType<SlackSlashCommand>(Assert.Single(Keeper.Kept)).Text);
    }

    [Fact]
    public async Task RunAsync_ButtonClick_KeptAsABlockAction()
    {
        await harness.RunSocketModeAsync();
        var id = await Slack.SendEnvelopeAsync(FakeSlackPayloads.InteractiveEnvelope(FakeSlackPayloads.BlockActions("U1", "D1", "100.000001", "choice_2", "2")));
        await AckedAsync(id);
        Assert.Equal("2", Assert.IsType<SlackBlockAction>(Assert.Single(Keeper.Kept)).Value);
    }

    [Fact]
    public async Task RunAsync_LinkDisabled_StopsWithAClearError()
    {
        await harness.RunSocketModeAsync();
        await Slack.SendDisconnectAsync("link_disabled", closeAfter: TimeSpan.FromSeconds(1));
        var failure = await Assert.ThrowsAsync<SocketModeRefusedException>(() => harness.Running!.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("link_disabled", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RevokedAppToken_StopsWithTheError()
    {
        harness.Options.AppToken = "xapp-1-revoked";
        await harness.RunSocketModeAsync();
        var failure = await Assert.ThrowsAsync<ServiceDesk.Adapters.Slack.WebApi.SlackApiException>(() => harness.Running!.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("invalid_auth", failure.Error);
    }
}
