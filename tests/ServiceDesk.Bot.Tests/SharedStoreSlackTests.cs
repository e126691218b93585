using System.Diagnostics;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Two bot processes on Slack (the fake Slack) and one PostgreSQL store (issue 18): the holder of the lease holds the
/// Socket Mode connection, the standby none. The holder is killed with SIGKILL in the middle of twenty conversations,
/// with envelopes it received and had not acknowledged; the standby takes over, Slack delivers those envelopes again
/// (the same envelope ids) to its connection, and every conversation ends with one ticket each.
/// </summary>
[Trait("Category", "Long")]
public sealed class SharedStoreSlackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 20;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private PostgresServer _postgres = null!;
    private FakeSlack _slack = null!;
    private readonly List<BotOsProcess> _bots = [];

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync(CancellationToken.None);
        await _postgres.CreateDatabaseAsync("desk");
        _slack = await FakeSlack.StartAsync();
        foreach (var i in Enumerable.Range(1, People))
        {
            _slack.AddUser(new FakeSlackUser(User(i), $"Staff {i}", "fr-FR", "Europe/Paris"));
        }
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_bots.Select(b => b.DisposeAsync().AsTask()));
        await _slack.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task ActiveBot_KilledDuringTwentyConversations_StandbyTakesOverAndEachEndsWithOneTicket()
    {
        var active = Start();
        await FakeSlack.EventuallyAsync(() => _slack.OpenSockets.Count == 1, "the active bot's Socket Mode connection", Wait);
        var standby = Start();
        await WaitForLogAsync(standby, "Standby:", Wait);
        try
        {
            foreach (var i in Enumerable.Range(1, People))
            {
                await SayAsync(i, Opening);
            }

            await AllAsync("1. Juste moi");
            foreach (var i in Enumerable.Range(1, People))
            {
                await SayAsync(i, "1");
            }

            await AllAsync("1. Bloqué(e)");
            Assert.Single(_slack.OpenSockets);
            Assert.Single(_slack.Sockets);

            // Ten answers sent just before the kill (mid-turn, or kept and not yet acknowledged), ten after it.
            foreach (var i in Enumerable.Range(1, People / 2))
            {
                await SayAsync(i, "bloquée");
            }

            await active.KillAsync();
            var killed = Stopwatch.StartNew();
            await FakeSlack.EventuallyAsync(() => _slack.Sockets.Count == 2 && _slack.OpenSockets.Count == 1, "the standby's Socket Mode connection", Wait);
            output.WriteLine($"Standby connected {killed.Elapsed.TotalSeconds:0.0} s after the SIGKILL");
            Assert.True(killed.Elapsed < TimeSpan.FromSeconds(15), $"The standby took {killed.Elapsed} to take over.");

            // What the dead holder never acknowledged, Slack delivers again, with the same envelope ids, to the new holder.
            var again = await _slack.RedeliverUnacknowledgedAsync(keepEnvelopeIds: true);
            output.WriteLine($"Envelopes delivered again after the kill: {again.Count}");
            foreach (var i in Enumerable.Range(People / 2 + 1, People / 2))
            {
                await SayAsync(i, "bloquée");
            }

            await AllAsync("C'est bien ça ?");
            foreach (var i in Enumerable.Range(1, People))
            {
                await SayAsync(i, "oui");
            }

            await AllAsync("Est-ce que cela a résolu");
            foreach (var i in Enumerable.Range(1, People))
            {
                await SayAsync(i, "non");
            }

            await AllAsync("priorité P3");
            await Task.Delay(TimeSpan.FromSeconds(3));
            foreach (var i in Enumerable.Range(1, People).Where(i => Count(i, "C'est bien ça ?") > 1))
            {
                output.WriteLine($"{User(i)}: the confirmation question sent {Count(i, "C'est bien ça ?")} times (an answer written just before the kill is sent again)");
            }

            await standby.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            PrintLog("active", active);
            PrintLog("standby", standby);
        }

        Assert.All(Enumerable.Range(1, People), i => Assert.Equal(1, Count(i, "priorité P3")));
        using var database = new PostgresDatabase(_postgres.ConnectionString("desk"));
        Assert.Empty(new PostgresInboxStore(database).Pending("slack"));
        var tickets = new PostgresTicketStore(database).All();
        Assert.Equal(People, tickets.Count);
        Assert.Equal(People, tickets.Select(t => t.RequesterId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, People), tickets.Select(t => t.Number));
    }

    private BotOsProcess Start()
    {
        var bot = BotOsProcess.Launch(new Dictionary<string, string> { ["Storage__ConnectionString"] = _postgres.ConnectionString("desk") },
        [
            "--Storage:Provider=postgres", "--Storage:Retry:FirstDelay=00:00:00.500", "--Storage:Retry:MaxDelay=00:00:02",
            "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0", "--Console:Enabled=false", "--Dashboard:Urls=",
            $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}", $"--Slack:ApiUrl={_slack.ApiUrl}",
            "--Slack:TechnicianChannel=C0TECH",
        ]);
        _bots.Add(bot);
        return bot;
    }

    private Task SayAsync(int i, string text) => _slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(User(i), Dm(i), text)));

    private Task AllAsync(string fragment) =>
        FakeSlack.EventuallyAsync(() => Enumerable.Range(1, People).All(i => Count(i, fragment) >= 1), $"\"{fragment}\" to everyone", Wait);

    private int Count(int i, string fragment) =>
        _slack.Messages.Count(m => m.Channel == Dm(i) && m.Text.Contains(fragment, StringComparison.Ordinal));

    private static string User(int i) => $"U0P{i:000}";

    private static string Dm(int i) => $"D0P{i:000}";

    private static async Task WaitForLogAsync(BotOsProcess bot, string fragment, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!bot.Log.Any(l => l.Contains(fragment, StringComparison.Ordinal)))
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"The bot never logged \"{fragment}\". Log:\n" + string.Join('\n', bot.Log));
            }

            await Task.Delay(100);
        }
    }

    private void PrintLog(string name, BotOsProcess bot)
    {
        foreach (var line in bot.Log.Where(l => !l.StartsWith("      ", StringComparison.Ordinal)))
        {
            output.WriteLine($"[{name}] " + (line.Length > 300 ? line[..300] + "…" : line));
        }
    }

    private const string Opening = "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423";
}
