using Microsoft.Extensions.Hosting;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The same morning over the fake Slack (issue 15): a technician declares the outage with <c>/desk outage open</c>, fifty
/// people write about it in direct messages; each gets the known-outage answer first (its choices as buttons) and the
/// resolution notice exactly once, posted at Slack's pace (the client keeps one message per second per conversation).
/// </summary>
public sealed class OutageSlackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string TechChannel = "C0TECH";
    private const string Bruno = "U0BRUNO";
    private const int People = 50;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("slack-outage-").FullName;
    private readonly CollectingLoggerProvider _logs = new();
    private FakeSlack _slack = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser(new FakeSlackUser(Bruno, "Bruno Martin", "fr-FR", "Europe/Paris"));
        foreach (var i in Enumerable.Range(1, People))
        {
            _slack.AddUser(new FakeSlackUser(User(i), $"Staff {i}", i % 2 == 0 ? "en-US" : "fr-FR", "Europe/Paris"));
        }

        _host = BotHost.Build(
        [
            $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0",
            "--Console:Enabled=false", $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}",
            $"--Slack:ApiUrl={_slack.ApiUrl}", $"--Slack:TechnicianChannel={TechChannel}",
            "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}",
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
    public async Task FiftyPeopleInDirectMessages_KnownAnswerFirstAndResolutionExactlyOnce()
    {
        await DeskAsync("outage open messagerie les mails ne partent plus", "open");
        await EventuallyAsync(() => _slack.Messages.Any(m => m.Channel == TechChannel && m.Text.Contains("Incident majeur M1 ouvert", StringComparison.Ordinal)), "the room's line");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var i in Enumerable.Range(1, People))
        {
            await _slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(User(i), Dm(i), i % 2 == 0 ? "the email is down" : "je reçois plus mes mails")));
        }

        await EventuallyAsync(() => Enumerable.Range(1, People).All(i => Known(i) == 1), "a known-outage answer to everyone");
        output.WriteLine($"{People} known-outage answers in {clock.Elapsed.TotalSeconds:0.0} s");
        var first = _slack.Messages.First(m => m.Channel == Dm(1) && m.Text.Contains("M1", StringComparison.Ordinal));
        Assert.Contains("Nous sommes au courant", first.Text, StringComparison.Ordinal);
        Assert.Equal(2, first.ButtonLabels.Count);
        Assert.Contains("We know: an incident is affecting email", _slack.Messages.First(m => m.Channel == Dm(2) && m.Text.Contains("M1", StringComparison.Ordinal)).Text, StringComparison.Ordinal);

        await DeskAsync("outage resolve M1 le serveur de messagerie a été redémarré", "resolve");
        clock.Restart();
        await EventuallyAsync(() => Enumerable.Range(1, People).All(i => Resolved(i) >= 1), "the resolution notice to everyone");
        output.WriteLine($"{People} resolution notices in {clock.Elapsed.TotalSeconds:0.0} s");
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.All(Enumerable.Range(1, People), i => Assert.Equal((1, 1), (Known(i), Resolved(i))));
        Assert.DoesNotContain(_slack.Messages, m => m.Channel == TechChannel && m.Text.Contains("Nouveau ticket", StringComparison.Ordinal));
    }

    private static string User(int i) => $"U0S{i:000}";

    private static string Dm(int i) => $"D0S{i:000}";

    private int Known(int i) => _slack.Messages.Count(m => m.Channel == Dm(i) && m.Text.Contains("(M1", StringComparison.Ordinal) && m.ButtonLabels.Count == 2 && !m.Text.Contains("redémarré", StringComparison.Ordinal));

    private int Resolved(int i) => _slack.Messages.Count(m => m.Channel == Dm(i) && m.Text.Contains("le serveur de messagerie a été redémarré", StringComparison.Ordinal));

    private async Task DeskAsync(string arguments, string id)
    {
        await _slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(Bruno, TechChannel, "/desk", arguments, _slack.ResponseUrl(id).ToString())));
        await EventuallyAsync(() => _slack.ResponseUrlPosts.Any(p => p.Id == id), "the answer to /desk " + arguments);
    }

    private async Task EventuallyAsync(Func<bool> condition, string what)
    {
        try
        {
            await FakeSlack.EventuallyAsync(condition, what, Wait);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Not seen: {what}. The bot posted:\n" + string.Join("\n---\n", _slack.Messages.TakeLast(20).Select(m => $"[{m.Channel}] {m.Text}")) + "\n" + _logs.Dump(), error);
        }
    }
}
