using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Slack.Events;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Slack.Tests.Events;

/// <summary>
/// The events endpoint on Kestrel, posted to over loopback HTTP as Slack posts (signed by the fake). Stale
/// timestamps are ten minutes away, far from the five-minute boundary, so a slow machine cannot flip the outcome.
/// </summary>
public sealed class SlackEventsEndpointTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SlackHarness harness = null!;
    private SlackEventsEndpoint endpoint = null!;

    private RecordingKeeper Keeper => harness.Keeper;

    public async Task InitializeAsync()
    {
        harness = await SlackHarness.StartAsync(output);
        endpoint = await harness.StartEventsEndpointAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(JsonObject body, long? timestamp = null, int? retryNum = null, string? signature = null) =>
        FakeSlack.PostEventAsync(endpoint.Url, body.ToJsonString(), timestamp: timestamp, retryNum: retryNum, signature: signature);

    [Fact]
    public async Task Post_UrlVerification_AnswersTheChallenge()
    {
        using var response = await PostAsync(new JsonObject { ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]);
    }

    [Fact]
    public async Task Post_SignedMessage_KeptThenAnswered200()
    {
        using var response = await PostAsync(FakeSlackPayloads.MessageEvent("U1", "D1", "Bonjour, l'imprimante du 3e ne marche plus"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bonjour, l'imprimante du 3e ne marche plus", Assert.IsType<SlackMessage>(Assert.Single(Keeper.Kept)).Text);
    }

    [Fact]
    public async Task Post_BadSignature_401AndNothingKept()
    {
        using var response = await PostAsync(FakeSlackPayloads.MessageEvent("U1", "D1", "x"), signature: "v0=" + new string('0', 64));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Keeper.Calls);
        Assert.True(harness.Logs.Contains(LogLevel.Warning, "wrong signature"));
    }

    [Fact]
    public async Task Post_SignedWithAnotherSecret_401()
    {
        var body = FakeSlackPayloads.MessageEvent("U1", "D1", "x").ToJsonString();
        using var response = await FakeSlack.PostEventAsync(endpoint.Url, body, signingSecret: "not-the-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(-600)]
    [InlineData(600)]
    public async Task Post_TimestampTenMinutesAway_401BeforeTheBodyIsRead(int offsetSeconds)
    {
        using var response = await PostAsync(FakeSlackPayloads.MessageEvent("U1", "D1", "rejoué"), timestamp: FakeSlack.NowUnixSeconds() + offsetSeconds);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, Keeper.Calls);
        Assert.True(harness.Logs.Contains(LogLevel.Warning, "timestamp Stale"));
    }

    [Fact]
    public async Task Post_Retries_KeptOnce()
    {
        var message = FakeSlackPayloads.MessageEvent("U1", "D1", "une fois", eventId: "Ev42");
        using var first = await PostAsync(message);
        using var retry = await PostAsync(message, retryNum: 1);
        using var again = await PostAsync(message, retryNum: 2);
        Assert.All(new[] { first, retry, again }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(Keeper.Kept);
    }

    [Fact]
    public async Task Post_RetryOfAnEventNeverKept_KeptWithItsRetryNumber()
    {
        using var response = await PostAsync(FakeSlackPayloads.MessageEvent("U1", "D1", "pendant l'arrêt"), retryNum: 3);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kept = Assert.Single(Keeper.Kept);
        Assert.Equal((3, "http_timeout"), (kept.RetryAttempt, kept.RetryReason));
    }

    [Fact]
    public async Task Post_KeepFails_NotAcknowledgedSoSlackRetries()
    {
        Keeper.FailNext = 1;
        var message = FakeSlackPayloads.MessageEvent("U1", "D1", "à garder");
        using var failed = await PostAsync(message);
        Assert.False(failed.IsSuccessStatusCode);
        using var retried = await PostAsync(message, retryNum: 1);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(Keeper.Kept);
    }

    [Theory]
    [InlineData("{\"type\":\"event_callback\",")]
    [InlineData("not json at all")]
    [InlineData("[1,2]")]
    public async Task Post_MalformedJson_400CourteousAndLogged(string body)
    {
        using var response = await FakeSlack.PostEventAsync(endpoint.Url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Sorry, this request could not be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(harness.Logs.Contains(LogLevel.Warning, "could not read a request"));
    }

    [Fact]
    public async Task Post_SlashCommandForm_KeptAndTheReplyIsEphemeral()
    {
        Keeper.Reply = new SlackAckReply("Seuls les techniciens peuvent utiliser /desk.");
        var form = FakeSlackPayloads.Form(FakeSlackPayloads.SlashCommand("U1", "C1", "/desk", "take 42"));
        using var response = await FakeSlack.PostEventAsync(endpoint.Url, form, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(("ephemeral", "Seuls les techniciens peuvent utiliser /desk."), ((string?)reply["response_type"], (string?)reply["text"]));
        Assert.Equal("take 42", Assert.IsType<SlackSlashCommand>(Assert.Single(Keeper.Kept)).Text);
    }

    [Fact]
    public async Task Post_SlashCommandNotKept_ApologisesWithoutDetails()
    {
        Keeper.FailNext = 1;
        var form = FakeSlackPayloads.Form(FakeSlackPayloads.SlashCommand("U1", "C1", "/desk", "queue"));
        using var response = await FakeSlack.PostEventAsync(endpoint.Url, form, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"];
        Assert.StartsWith("Désolé, votre commande n'a pas pu être prise en compte", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ButtonClickForm_KeptAsABlockAction()
    {
        var form = FakeSlackPayloads.InteractionForm(FakeSlackPayloads.BlockActions("U1", "D1", "100.000001", "choice_3", "3"));
        using var response = await FakeSlack.PostEventAsync(endpoint.Url, form, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3", Assert.IsType<SlackBlockAction>(Assert.Single(Keeper.Kept)).Value);
    }

    [Fact]
    public async Task Post_InteractionPayloadNotJson_400()
    {
        using var response = await FakeSlack.PostEventAsync(endpoint.Url, "payload=%7Bnope", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_OwnMessage_200ButNotKept()
    {
        using var response = await PostAsync(FakeSlackPayloads.MessageEvent(FakeSlack.BotUserId, "D1", "ma réponse"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Keeper.Calls);
    }

    [Fact]
    public async Task Request_OtherPathOrMethod_404()
    {
        using var client = new HttpClient();
        using var get = await client.GetAsync(endpoint.Url);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var other = await FakeSlack.PostEventAsync(new Uri(endpoint.Url, "/elsewhere"), "{}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverOneMebibyte_Refused()
    {
        var huge = FakeSlackPayloads.MessageEvent("U1", "D1", new string('x', 2 * 1024 * 1024));
        try
        {
            using var response = await PostAsync(huge);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException error) when (error.InnerException is IOException)
        {
            // The server answered 413 and closed the connection while the client was still sending the body: on a
            // busy machine the client sees the closed connection before the answer. Refused either way.
        }

        Assert.Equal(0, Keeper.Calls);
    }
}
