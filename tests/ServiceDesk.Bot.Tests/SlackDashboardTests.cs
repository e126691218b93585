using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// <c>/dashboard</c> over Slack (issue 16: "a technician types /dashboard in chat (Jabber or Slack) and gets a one-time
/// sign-in link"): through the bot's host and the fake Slack, <c>/desk dashboard</c> in the technicians' channel answers
/// the technician alone (ephemeral, through the command's <c>response_url</c>), the link opens the page once, and a
/// person who is not a technician is refused, privately, with no link anywhere.
/// </summary>
public sealed partial class SlackDashboardTests : IAsyncLifetime
{
    private const string TechChannel = "C0TECH";
    private const string Bruno = "U0BRUNO";
    private const string Eve = "U0EVE";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("slack-dashboard-").FullName;
    private readonly CollectingLoggerProvider _logs = new();
    private FakeSlack _slack = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser(new FakeSlackUser(Bruno, "Bruno Martin", "en-GB", "Europe/London"));
        _slack.AddUser(new FakeSlackUser(Eve, "Eve Petit", "fr-FR", "Europe/Paris"));
        _host = BotHost.Build(
        [
            $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0",
            "--Console:Enabled=false", $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}",
            $"--Slack:ApiUrl={_slack.ApiUrl}", $"--Slack:TechnicianChannel={TechChannel}",
            "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}", "--Technicians:0:Language=en",
            "--Dashboard:Urls=http://127.0.0.1:0",
        ], TextReader.Null, TextWriter.Null, [_logs]) ?? throw new InvalidOperationException("No channel.");
        await _host.StartAsync();
        await FakeSlack.EventuallyAsync(() => _slack.OpenSockets.Count == 1, "the bot's Socket Mode connection", Wait);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _slack.DisposeAsync();
        _logs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SlashDeskDashboard_TechnicianGetsAPrivateLinkThatWorksOnce_OthersAreRefused()
    {
        await _slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(Bruno, TechChannel, "/desk", "dashboard", _slack.ResponseUrl("bruno-1").ToString())));
        var answer = await PrivateAnswerAsync("bruno-1");
        Assert.Equal("ephemeral", (string?)answer["response_type"]);
        var text = (string?)answer["text"] ?? "";
        Assert.Contains("Your link to the dashboard, personal and valid once for 5 minutes", text, StringComparison.Ordinal);
        var link = SignInLink().Match(text).Value;
        Assert.NotEmpty(link);
        Assert.DoesNotContain(_slack.Messages, m => m.Text.Contains("/signin/", StringComparison.Ordinal)); // never posted where others read

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

        await _slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(Eve, TechChannel, "/desk", "dashboard", _slack.ResponseUrl("eve-1").ToString())));
        var refusal = await PrivateAnswerAsync("eve-1");
        Assert.Equal("ephemeral", (string?)refusal["response_type"]);
        Assert.Contains("réservée aux techniciens", (string?)refusal["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("/signin/", (string?)refusal["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(_slack.Messages, m => m.Text.Contains("/signin/", StringComparison.Ordinal));
        Assert.Single(_slack.ResponseUrlPosts, p => ((string?)p.Body["text"] ?? "").Contains("/signin/", StringComparison.Ordinal));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> PrivateAnswerAsync(string id)
    {
        try
        {
            await FakeSlack.EventuallyAsync(() => _slack.ResponseUrlPosts.Any(p => p.Id == id), "the private answer", Wait);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new InvalidOperationException("No private answer. The bot posted:\n" + string.Join("\n---\n", _slack.Messages.Select(m => $"[{m.Channel} {m.ThreadTs}] {m.Text}")) + "\n" + _logs.Dump(), error);
        }

        return _slack.ResponseUrlPosts.Single(p => p.Id == id).Body;
    }

    [GeneratedRegex(@"https?://[^\s>|]+/signin/[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();
}
