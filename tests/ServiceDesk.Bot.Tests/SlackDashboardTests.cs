using System.Net;
using System.Text.RegularExpressions;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// <c>/dashboard</c> over Slack (issue 16: "a technician types /dashboard in chat (Jabber or Slack) and gets a one-time
/// sign-in link"): through the bot's host and the fake Slack, <c>/desk dashboard</c> in the technicians' channel answers
/// the technician alone (ephemeral, through the command's <c>response_url</c>), the link opens the page once, and a
/// person who is not a technician is refused, privately, with no link anywhere.
/// </summary>
public sealed partial class SlackDashboardTests : IAsyncLifetime
{
    private const string Bruno = "U0BRUNO";
    private const string Eve = "U0EVE";

    private SlackDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await SlackDesk.StartAsync(
        [new FakeSlackUser(Bruno, "Bruno Martin", "en-GB", "Europe/London"), new FakeSlackUser(Eve, "Eve Petit", "fr-FR", "Europe/Paris")],
        "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}", "--Technicians:0:Language=en",
        "--Dashboard:Urls=http://127.0.0.1:0");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task SlashDeskDashboard_TechnicianGetsAPrivateLinkThatWorksOnce_OthersAreRefused()
    {
        await _desk.DeskCommandAsync(Bruno, "dashboard", "bruno-1");
        var answer = await PrivateAnswerAsync("bruno-1");
        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        var text = (string?)answer["text"] ?? "";
        Assert.Contains("Your link to the dashboard, personal and valid once for 5 minutes", text, StringComparison.Ordinal);
        var link = SignInLink().Match(text).Value;
        Assert.NotEmpty(link);
        Assert.DoesNotContain(_desk.Slack.Messages, m => m.Text.Contains("/signin/", StringComparison.Ordinal)); // never posted where others read

        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        using var browser = new HttpClient(handler);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        using (var opened = await browser.GetAsync(new Uri(link)))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
            var page = await opened.Content.ReadAsStringAsync();
            Assert.Contains("Ticket queues", page, StringComparison.Ordinal);
            Assert.Contains("Bruno Martin", page, StringComparison.Ordinal);
        }

        using var other = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }, disposeHandler: true);
        using (var replayed = await other.GetAsync(new Uri(link)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, replayed.StatusCode);
            Assert.Contains("Ce lien a expiré ou a déjà servi", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await _desk.DeskCommandAsync(Eve, "dashboard", "eve-1");
        var refusal = await PrivateAnswerAsync("eve-1");
        Assert.Equal("ephemeral", (string?)refusal["response_type"]);
        Assert.Contains("réservée aux techniciens", (string?)refusal["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("/signin/", (string?)refusal["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(_desk.Slack.Messages, m => m.Text.Contains("/signin/", StringComparison.Ordinal));
        Assert.Single(_desk.Slack.ResponseUrlPosts, p => ((string?)p.Body["text"] ?? "").Contains("/signin/", StringComparison.Ordinal));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> PrivateAnswerAsync(string id)
    {
        await _desk.EventuallyAsync(() => _desk.Slack.ResponseUrlPosts.Any(p => p.Id == id), "private answer");
        return _desk.Slack.ResponseUrlPosts.Single(p => p.Id == id).Body;
    }

    [GeneratedRegex(@"https?://[^\s>|]+/signin/[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();
}
