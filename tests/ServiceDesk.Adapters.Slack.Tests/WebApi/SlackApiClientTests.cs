using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Slack.Rendering;
using ServiceDesk.Adapters.Slack.Tests.Support;
using ServiceDesk.Adapters.Slack.WebApi;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Slack.Tests.WebApi;

/// <summary>The Web API client against the fake Slack over loopback HTTP.</summary>
public sealed class SlackApiClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SlackHarness harness = null!;

    public async Task InitializeAsync() => harness = await SlackHarness.StartAsync(output);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task AuthTest_ReturnsTheBotsIds()
    {
        var self = await harness.Api.AuthTestAsync(CancellationToken.None);
        Assert.Equal(new SlackIdentity(FakeSlack.BotUserId, FakeSlack.BotId, "T111"), self);
        Assert.Equal(FakeSlack.BotToken, Assert.Single(harness.Slack.CallsTo("auth.test")).Token);
    }

    [Fact]
    public async Task PostMessage_SendsJsonWithCharsetAndTheBotTokenInTheHeader()
    {
        var posted = await harness.Api.PostMessageAsync("U1", new SlackMessageContent("Bonjour Élodie"), null, CancellationToken.None);
        var call = Assert.Single(harness.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal(FakeSlack.BotToken, call.Token);
        Assert.Null(call.Argument("token"));
        Assert.Equal("D1", posted.Channel);
        Assert.Equal("Bonjour Élodie", Assert.Single(harness.Slack.Messages).Text);
    }

    /// <summary>The send gate is asked right before each message leaves: closed, nothing is posted, updated or answered.</summary>
    [Fact]
    public async Task Posts_GateClosed_SendNothingAndThrowSendGateClosed()
    {
        var open = true;
        harness.Api.GatePosts(() => open);
        await harness.Api.PostMessageAsync("U1", new SlackMessageContent("avant"), null, CancellationToken.None);
        open = false;

        await Assert.ThrowsAsync<SendGateClosedException>(() => harness.Api.PostMessageAsync("U1", new SlackMessageContent("après"), null, CancellationToken.None));
        await Assert.ThrowsAsync<SendGateClosedException>(() => harness.Api.UpdateMessageAsync("D1", "1.000001", new SlackMessageContent("après"), CancellationToken.None));
        await Assert.ThrowsAsync<SendGateClosedException>(() => harness.Api.PostEphemeralAsync("C1", "U1", "après", null, CancellationToken.None));
        Assert.Equal(["avant"], harness.Slack.Messages.Select(m => m.Text));
        Assert.Single(harness.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostMessage_InAThread_PassesThreadTs()
    {
        await harness.Api.PostMessageAsync("C1", new SlackMessageContent("réponse"), "100.000001", CancellationToken.None);
        Assert.Equal("100.000001", Assert.Single(harness.Slack.Messages).ThreadTs);
    }

    [Fact]
    public async Task PostMessage_OkFalse_ThrowsAndLogsMethodAndError()
    {
        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.PostMessageAsync("", new SlackMessageContent("x"), null, CancellationToken.None));
        Assert.Equal(("chat.postMessage", "channel_not_found"), (failure.Method, failure.Error));
        Assert.True(harness.Logs.Contains(LogLevel.Warning, "Slack chat.postMessage failed: channel_not_found"));
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterThenPosts()
    {
        harness.Slack.FailNext("chat.postMessage", 429, retryAfter: TimeSpan.FromSeconds(1));
        await harness.Api.PostMessageAsync("D1", new SlackMessageContent("après l'attente"), null, CancellationToken.None);
        var calls = harness.Slack.CallsTo("chat.postMessage");
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.Equal("après l'attente", Assert.Single(harness.Slack.Messages).Text);
        Assert.True(harness.Logs.Contains(LogLevel.Warning, "HTTP 429"));
        Assert.True(harness.Logs.Contains(LogLevel.Warning, "Retry-After"));
    }

    [Fact]
    public async Task PostMessage_ServerErrors_RetriedUntilItPasses()
    {
        harness.Slack.FailNext("chat.postMessage", 500, times: 2);
        await harness.Api.PostMessageAsync("D1", new SlackMessageContent("enfin"), null, CancellationToken.None);
        Assert.Equal([500, 500, 200], harness.Slack.CallsTo("chat.postMessage").Select(c => c.Status));
        Assert.Single(harness.Slack.Messages);
    }

    [Fact]
    public async Task PostMessage_ServerErrorsThatDoNotStop_SurfaceAsAnError()
    {
        harness.Slack.FailNext("users.info", 503, times: 100);
        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.GetUserAsync("U1", CancellationToken.None));
        Assert.Equal("http_503", failure.Error);
        Assert.Equal(9, harness.Slack.CallsTo("users.info").Count);
    }

    [Fact]
    public async Task PostMessage_BurstToOneChannel_AllPostedInOrder()
    {
        var burst = Enumerable.Range(1, 20).Select(i => harness.Api.PostMessageAsync("D1", new SlackMessageContent($"réponse {i}"), null, CancellationToken.None)).ToList();
        harness.Slack.FailNext("chat.postMessage", 429, retryAfter: TimeSpan.FromSeconds(1));
        await Task.WhenAll(burst);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"réponse {i}"), harness.Slack.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task PostMessage_FortyThousandCharacters_SeveralMessagesInOrderNothingLost()
    {
        var words = string.Join(' ', Enumerable.Range(0, 5100).Select(i => $"mot{i:D4}"));
        Assert.True(words.Length >= 40_000);
        await harness.Api.PostMessageAsync("D1", new SlackMessageContent(words), null, CancellationToken.None);
        var messages = harness.Slack.Messages;
        Assert.True(messages.Count >= 10);
        Assert.All(messages, m => Assert.InRange(m.Text.Length, 1, SlackMessageContent.MaxTextLength));
        Assert.Equal(words, string.Join(' ', messages.Select(m => m.Text)));
    }

    [Fact]
    public async Task UpdateMessage_AnsweredQuestion_LosesItsButtons()
    {
        var question = Assert.Single(BlockKit.Question("Qui est touché ?", ["Juste moi", "Mon équipe"], "q1"));
        var posted = await harness.Api.PostMessageAsync("U1", question, null, CancellationToken.None);
        Assert.Equal(["1. Juste moi", "2. Mon équipe"], Assert.Single(harness.Slack.Messages).ButtonLabels);

        await harness.Api.UpdateMessageAsync(posted.Channel, posted.Ts, BlockKit.Answered("Qui est touché ?", 2, "Mon équipe", "q1"), CancellationToken.None);
        var updated = Assert.Single(harness.Slack.Messages);
        Assert.Empty(updated.ButtonLabels);
        Assert.Contains("→ *2. Mon équipe*", updated.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateMessage_UnknownTs_Throws() =>
        Assert.Equal("message_not_found", (await Assert.ThrowsAsync<SlackApiException>(() =>
            harness.Api.UpdateMessageAsync("D1", "1.1", new SlackMessageContent("x"), CancellationToken.None))).Error);

    [Fact]
    public async Task PostEphemeral_ToOneTechnician_OnlyThemAndNotAChannelMessage()
    {
        await harness.Api.PostEphemeralAsync("C1", "U7", "Usage : /desk take NUMÉRO", "100.000001", CancellationToken.None);
        var call = Assert.Single(harness.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal(("C1", "U7", "100.000001"), (call.Argument("channel"), call.Argument("user"), call.Argument("thread_ts")));
        Assert.Empty(harness.Slack.Messages);
    }

    [Fact]
    public async Task OpenConversation_ReturnsTheDirectMessageId() =>
        Assert.Equal("D42", await harness.Api.OpenConversationAsync("U42", CancellationToken.None));

    [Fact]
    public async Task GetUser_WithLocale_NameLanguageAndTimeZone()
    {
        harness.Slack.AddUser(new FakeSlackUser("U1", "Élodie Martin", "fr-FR", "Europe/Paris"));
        var user = await harness.Api.GetUserAsync("U1", CancellationToken.None);
        Assert.Equal(new SlackUser("U1", "Élodie Martin", "fr-FR", "Europe/Paris", false), user);
        Assert.Equal("true", Assert.Single(harness.Slack.CallsTo("users.info")).Argument("include_locale"));
    }

    [Fact]
    public async Task GetUser_Unknown_Throws() =>
        Assert.Equal("user_not_found", (await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.GetUserAsync("U404", CancellationToken.None))).Error);

    [Fact]
    public async Task RespondEphemeral_PostsToTheResponseUrl()
    {
        await harness.Api.RespondEphemeralAsync(harness.Slack.ResponseUrl("r1"), "Seuls les techniciens peuvent utiliser /desk.", CancellationToken.None);
        var (id, body) = Assert.Single(harness.Slack.ResponseUrlPosts);
        Assert.Equal("r1", id);
        Assert.Equal("ephemeral", (string?)body["response_type"]);
    }

    [Fact]
    public async Task OpenConnection_WrongAppToken_IsUnrecoverable()
    {
        harness.Options.AppToken = "xapp-1-revoked";
        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Api.OpenConnectionAsync(CancellationToken.None));
        Assert.True(failure.IsUnrecoverable);
    }
}
