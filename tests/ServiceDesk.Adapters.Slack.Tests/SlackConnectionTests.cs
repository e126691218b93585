using System.Net;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.Tests.Support;
using ServiceDesk.Adapters.Slack.WebApi;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Slack.Tests;

/// <summary>The layers put together from options, in both modes, against the fake Slack.</summary>
public sealed class SlackConnectionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly RecordingKeeper keeper = new();
    private readonly CollectingLoggerFactory logs = new(output.WriteLine);
    private readonly HttpClient http = new();
    private readonly CancellationTokenSource stop = new();
    private FakeSlack slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync()
    {
        await stop.CancelAsync();
        await slack.DisposeAsync();
        http.Dispose();
        stop.Dispose();
    }

    private SlackConnection Connection(SlackOptions options) =>
        new(options, http, keeper.KeepAsync, TestTimings.Fast, TimeProvider.System, logs);

    [Fact]
    public async Task RunAsync_SocketMode_AsksWhoItIsThenReceives()
    {
        var connection = Connection(new SlackOptions { BotToken = FakeSlack.BotToken, AppToken = FakeSlack.AppToken, ApiUrl = slack.ApiUrl.ToString() });
        var running = connection.RunAsync(stop.Token);
        await FakeSlack.EventuallyAsync(() => slack.OpenSockets.Count == 1, "the connection");
        Assert.Equal(FakeSlack.BotUserId, connection.Identity!.UserId);

        var own = await slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent(FakeSlack.BotUserId, "D1", "ma réponse")));
        var theirs = await slack.SendEnvelopeAsync(FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent("U1", "D1", "Bonjour")));
        await FakeSlack.EventuallyAsync(() => slack.IsAcknowledged(own) && slack.IsAcknowledged(theirs), "both acknowledgements");
        Assert.Equal("Bonjour", Assert.IsType<SlackMessage>(Assert.Single(keeper.Kept)).Text);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RunAsync_EventsMode_ListensAndReceivesSignedRequests()
    {
        var connection = Connection(new SlackOptions
        {
            BotToken = FakeSlack.BotToken, SigningSecret = FakeSlack.SigningSecret, Mode = SlackMode.Events,
            EventsUrl = "http://127.0.0.1:0/slack/events", ApiUrl = slack.ApiUrl.ToString(),
        });
        var running = connection.RunAsync(stop.Token);
        var url = await connection.EventsUrl.WaitAsync(TimeSpan.FromSeconds(30));

        using var response = await FakeSlack.PostEventAsync(url, FakeSlackPayloads.MessageEvent("U1", "D1", "par HTTP").ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("par HTTP", Assert.IsType<SlackMessage>(Assert.Single(keeper.Kept)).Text);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RunAsync_AuthTestFailsWith500_RetriedThenConnects()
    {
        slack.FailNext("auth.test", 500, times: 12);
        var connection = Connection(new SlackOptions { BotToken = FakeSlack.BotToken, AppToken = FakeSlack.AppToken, ApiUrl = slack.ApiUrl.ToString() });
        _ = connection.RunAsync(stop.Token);
        await FakeSlack.EventuallyAsync(() => slack.OpenSockets.Count == 1, "the connection after auth.test recovered");
    }

    [Fact]
    public async Task RunAsync_WrongBotToken_StopsWithInvalidAuth()
    {
        var connection = Connection(new SlackOptions { BotToken = "xoxb-wrong", AppToken = FakeSlack.AppToken, ApiUrl = slack.ApiUrl.ToString() });
        var failure = await Assert.ThrowsAsync<SlackApiException>(() => connection.RunAsync(stop.Token).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(("auth.test", "invalid_auth"), (failure.Method, failure.Error));
    }
}
