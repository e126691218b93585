using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The bot in HTTP Events API mode (<c>Slack:Mode=events</c>), the fake Slack posting signed requests to its endpoint as
/// Slack does (issue 12): <c>url_verification</c> answered, a bad signature refused with 401 and never read, a retry of
/// an event already kept dropped, and a whole dialogue (a DM to a ticket, a click on Take, the thread, <c>/desk</c>).
/// </summary>
public sealed class SlackEventsModeTests : IAsyncLifetime
{
    private const string Alice = "U0ALICE";
    private const string Eve = "U0EVE";
    private const string Bruno = "U0BRUNO";
    private readonly Uri _endpoint = new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LoopbackPort.FindFree()}/slack/events"));
    private SlackDesk _desk = null!;

    public async Task InitializeAsync()
    {
        _desk = await SlackDesk.StartAsync(
            [new FakeSlackUser(Alice, "Alice Durand", "fr-FR", "Europe/Paris"), new FakeSlackUser(Eve, "Eve Petit", "fr-FR", "Europe/Paris"),
             new FakeSlackUser(Bruno, "Bruno Martin", "fr-FR", "Europe/Paris")],
            "--Slack:Mode=events", $"--Slack:EventsUrl={_endpoint}", $"--Slack:SigningSecret={FakeSlack.SigningSecret}",
            "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}");
        await FakeSlack.EventuallyAsync(() => _desk.Slack.CallsTo("auth.test").Any(c => c.Status == 200), "auth.test", Wait);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var answer = await VerifyUrlAsync("warm-up");
                break;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task UrlVerification_ChallengeAnswered()
    {
        using var answer = await VerifyUrlAsync("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)body["challenge"]);
    }

    [Fact]
    public async Task BadSignatureOrStaleTimestamp_Refused401AndNeverRead()
    {
        var body = MessageEvent(Eve, Dm(Eve), "où en est ma demande ?").ToJsonString();
        using var forged = await FakeSlack.PostEventAsync(_endpoint, body, signingSecret: "not-the-secret");
        using var stale = await FakeSlack.PostEventAsync(_endpoint, body, timestamp: FakeSlack.NowUnixSeconds() - 6 * 60);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(_desk.Slack.Messages, m => m.Channel == Dm(Eve));
    }

    [Fact]
    public async Task RetryOfAnEventAlreadyKept_AcknowledgedAndDropped()
    {
        var body = MessageEvent(Eve, Dm(Eve), "où en est ma demande ?").ToJsonString();
        using var first = await FakeSlack.PostEventAsync(_endpoint, body);
        using var retry = await FakeSlack.PostEventAsync(_endpoint, body, retryNum: 1);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        await _desk.ExpectDmAsync(Eve, "aucune demande");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(_desk.Slack.Messages, m => m.Channel == Dm(Eve));
    }

    /// <summary>A whole dialogue through the events endpoint: DM to a ticket, Take clicked, relay both ways in the thread, /desk resolve, close.</summary>
    [Fact]
    public async Task WholeDialogue_ThroughTheEventsEndpoint()
    {
        await PostAsync(MessageEvent(Alice, Dm(Alice), "Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin").ToJsonString());
        await _desk.ExpectDmAsync(Alice, "#1");
        var post = await _desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));

        await PostAsync(InteractionForm(ClickOn(Bruno, post, "take_ticket")), "application/x-www-form-urlencoded");
        await _desk.ExpectDmAsync(Alice, "Bruno Martin, de l'équipe support, prend en charge votre demande #1");

        await PostAsync(MessageEvent(Bruno, TechChannel, "Pouvez-vous vérifier que Verr. Maj n'est pas activé ?", "channel", threadTs: post.Ts).ToJsonString());
        await _desk.ExpectDmAsync(Alice, "Pouvez-vous vérifier que Verr. Maj n'est pas activé ?");
        await PostAsync(MessageEvent(Alice, Dm(Alice), "C'était ça, merci !").ToJsonString());
        await _desk.ExpectAsync(m => m.ThreadTs == post.Ts && m.Text.Contains("C'était ça, merci !", StringComparison.Ordinal));

        await PostAsync(Form(SlashCommand(Bruno, TechChannel, "/desk", "resolve 1 definitive Verr. Maj désactivé", _desk.Slack.ResponseUrl("bruno-resolve").ToString())),
            "application/x-www-form-urlencoded");
        await _desk.ExpectResponseAsync("bruno-resolve", "#1 résolu");
        await _desk.ExpectDmAsync(Alice, "Votre demande #1 est résolue : Verr. Maj désactivé");
        await PostAsync(MessageEvent(Alice, Dm(Alice), "oui").ToJsonString());
        await _desk.ExpectDmAsync(Alice, "Merci pour votre confirmation");
        await PostAsync(MessageEvent(Bruno, TechChannel, "close", "channel", threadTs: post.Ts).ToJsonString());
        await _desk.ExpectDmAsync(Alice, "Votre demande #1 est clôturée");
    }

    private Task<HttpResponseMessage> VerifyUrlAsync(string challenge) =>
        FakeSlack.PostEventAsync(_endpoint, new JsonObject { ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl", ["challenge"] = challenge, ["type"] = "url_verification" }.ToJsonString());

    private async Task PostAsync(string body, string contentType = "application/json")
    {
        using var answer = await FakeSlack.PostEventAsync(_endpoint, body, contentType);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }
}
