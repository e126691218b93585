using System.Diagnostics;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Two bot processes on Slack (the fake Slack) and one PostgreSQL store (issue 18). Both hold a Socket Mode connection
/// and Slack spreads the envelopes over them; each keeps what it receives in the shared inbox, once per delivery key, and
/// the holder of the lease alone takes the turns, from that inbox. The same envelope delivered to both is answered once;
/// one person's messages arriving on both instances are answered in order, once each; the holder killed with SIGKILL
/// during twenty conversations, every conversation ends with one ticket; the holder frozen with SIGSTOP past its lease
/// and woken after the takeover commits nothing, sends nothing and steps down.
/// </summary>
[Trait("Category", "Long")]
public sealed class SharedStoreSlackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 20;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);
    private PostgresAndFakeSlack _shared = null!;

    public async Task InitializeAsync()
    {
        _shared = await PostgresAndFakeSlack.StartAsync(Enumerable.Range(1, People).Select(i => new FakeSlackUser(User(i), $"Staff {i}", "fr-FR", "Europe/Paris")));
        _shared.Slack.SpreadEnvelopes = true;
    }

    public Task DisposeAsync() => _shared.DisposeAsync().AsTask();

    [Fact]
    public async Task BothInstancesConnected_SameEnvelopeToBothAnsweredOnce_OnePersonsMessagesOnBothAnsweredInOrder()
    {
        var (active, standby) = await StartTwoAsync();
        try
        {
            // The same envelope (same envelope_id and event_id) on both connections: kept once, answered once.
            var both = await _shared.Slack.SendToEverySocketAsync(EventsApiEnvelope(MessageEvent(User(1), Dm(1), Opening)));
            await FakeSlack.EventuallyAsync(() => _shared.Slack.Acks.Count(a => a.EnvelopeId == both) == 2, "both connections' acknowledgements", Wait);
            await FakeSlack.EventuallyAsync(() => Count(1, "1. Juste moi") == 1, "the answer to the envelope sent twice", Wait);
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Equal(1, Count(1, "1. Juste moi"));
            Assert.Single(new[] { active, standby }.SelectMany(b => b.Log), l => l.Contains("Dropped a delivery already kept in the shared inbox", StringComparison.Ordinal));

            // Ten people each send their five answers without waiting for the bot's questions, alternately on the standby's
            // connection and the holder's (each once the previous one is acknowledged, that is kept): answered in order.
            var sockets = _shared.Slack.OpenSockets.OrderBy(s => s.Instance == "a" ? 1 : 0).ToList();
            await Task.WhenAll(Enumerable.Range(2, 10).Select(i => Task.Run(async () =>
            {
                string[] words = [Opening, "1", "bloquée", "oui", "non"];
                for (var k = 0; k < words.Length; k++)
                {
                    var id = await _shared.Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(User(i), Dm(i), words[k])), sockets[k % 2]);
                    await FakeSlack.EventuallyAsync(() => _shared.Slack.IsAcknowledged(id), $"the acknowledgement of {User(i)}'s message {k + 1}", Wait);
                }
            })));
            await FakeSlack.EventuallyAsync(() => Enumerable.Range(2, 10).All(i => Count(i, "priorité P3") == 1), "a ticket for each of the ten", Wait);
            await Task.Delay(TimeSpan.FromSeconds(3));
            string[] questions = ["1. Juste moi", "1. Bloqué(e)", "C'est bien ça ?", "Est-ce que cela a résolu", "priorité P3"];
            foreach (var i in Enumerable.Range(2, 10))
            {
                var said = _shared.Slack.Messages.Where(m => m.Channel == Dm(i)).Select(m => m.Text).ToList();
                var at = questions.Select(q => said.FindIndex(t => t.Contains(q, StringComparison.Ordinal))).ToList();
                Assert.All(questions, q => Assert.Equal(1, said.Count(t => t.Contains(q, StringComparison.Ordinal))));
                Assert.Equal(at.Order(), at);
            }

            Assert.All(_shared.Slack.Calls.Where(c => c.Method == "chat.postMessage"), c => Assert.Equal("a", c.Instance));
            Assert.Contains(_shared.Slack.Acks, a => _shared.Slack.Sockets.Single(s => s.Number == a.Connection).Instance == "b");
            await standby.StopAsync(TimeSpan.FromSeconds(30));
            await active.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            _shared.PrintLogs(output);
        }

        AssertTicketsAndEmptyInbox(Enumerable.Range(2, 10).Select(User).ToList());
    }

    [Fact]
    public async Task ActiveBot_KilledDuringTwentyConversations_StandbyTakesOverAndEachEndsWithOneTicket()
    {
        var (active, standby) = await StartTwoAsync();
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

            // Ten answers sent just before the kill, spread over both connections (mid-turn, or kept and not yet
            // acknowledged by the holder), ten after it, to the standby's connection, kept there while nobody holds the lease.
            foreach (var i in Enumerable.Range(1, People / 2))
            {
                await SayAsync(i, "bloquée");
            }

            await active.KillAsync();
            var killed = Stopwatch.StartNew();
            await FakeSlack.EventuallyAsync(() => _shared.Slack.OpenSockets.Count == 1, "the dead holder's connection closed", Wait);
            foreach (var i in Enumerable.Range(People / 2 + 1, People / 2))
            {
                await SayAsync(i, "bloquée");
            }

            // What the dead holder never acknowledged, Slack delivers again, with the same envelope ids, to the connection left.
            var again = await _shared.Slack.RedeliverUnacknowledgedAsync(keepEnvelopeIds: true);
            output.WriteLine($"Envelopes delivered again after the kill: {again.Count}");
            await standby.WaitForLogAsync("Holding the lease", Wait);
            output.WriteLine($"Standby holds the lease {killed.Elapsed.TotalSeconds:0.0} s after the SIGKILL");
            Assert.True(killed.Elapsed < TimeSpan.FromSeconds(15), $"The standby took {killed.Elapsed} to take over.");

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
            _shared.PrintLogs(output);
        }

        AssertTicketsAndEmptyInbox(Enumerable.Range(1, People).Select(User).ToList());
    }

    /// <summary>
    /// Fencing: the holder is frozen (SIGSTOP) just after ten answers reached it, so that some of its turns are stopped
    /// mid-way; past its lease the standby takes over and, once Slack delivered the unacknowledged envelopes again,
    /// answers them. Woken (SIGCONT), the former holder commits nothing (one ticket each, numbers without a gap), sends
    /// nothing, and steps down.
    /// </summary>
    [Fact]
    public async Task Holder_FrozenPastItsLeaseThenWoken_CommitsNothingSendsNothingAndStepsDown()
    {
        const int people = 10;
        var (active, standby) = await StartTwoAsync();
        try
        {
            foreach (var i in Enumerable.Range(1, people))
            {
                await SayAsync(i, Opening);
            }

            await AllAsync("1. Juste moi", people);
            foreach (var i in Enumerable.Range(1, people))
            {
                await SayAsync(i, "1");
            }

            await AllAsync("1. Bloqué(e)", people);
            var holderSocket = _shared.Slack.OpenSockets.Single(s => s.Instance == "a");
            await Task.WhenAll(Enumerable.Range(1, people).Select(i => _shared.Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(User(i), Dm(i), "bloquée")), holderSocket)));
            await Task.Delay(TimeSpan.FromMilliseconds(40));
            active.Freeze();
            var frozen = Stopwatch.StartNew();
            output.WriteLine($"Frozen with {Enumerable.Range(1, people).Count(i => Count(i, "C'est bien ça ?") == 1)} of {people} answers sent");

            await standby.WaitForLogAsync("Holding the lease", Wait);
            output.WriteLine($"The standby took over {frozen.Elapsed.TotalSeconds:0.0} s after the freeze");
            var again = await _shared.Slack.RedeliverUnacknowledgedAsync(keepEnvelopeIds: true, on: _shared.Slack.OpenSockets.Single(s => s.Instance == "b"));
            output.WriteLine($"Envelopes the frozen holder had not acknowledged, delivered again to the new holder: {again.Count}");
            await AllAsync("C'est bien ça ?", people);

            var woken = TimeProvider.System.GetUtcNow();
            active.Thaw();
            await active.WaitForLogAsync("Lost the lease", Wait);
            await active.WaitForLogAsync("Standby:", Wait, after: "Lost the lease");

            foreach (var i in Enumerable.Range(1, people))
            {
                await SayAsync(i, "oui");
            }

            await AllAsync("Est-ce que cela a résolu", people);
            foreach (var i in Enumerable.Range(1, people))
            {
                await SayAsync(i, "non");
            }

            await AllAsync("priorité P3", people);
            await Task.Delay(TimeSpan.FromSeconds(3));

            var sentByFormer = _shared.Slack.Calls.Where(c => c.Instance == "a" && c.At > woken && c.Method is "chat.postMessage" or "chat.update" or "chat.postEphemeral").ToList();
            Assert.True(sentByFormer.Count == 0, $"The former holder sent {sentByFormer.Count} messages after it woke up.");
            output.WriteLine($"Commits the former holder tried and the store refused after it woke up: {active.Log.Count(l => l.Contains("Fenced:", StringComparison.Ordinal))}");
            await standby.StopAsync(TimeSpan.FromSeconds(30));
            await active.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            _shared.PrintLogs(output);
        }

        AssertTicketsAndEmptyInbox(Enumerable.Range(1, people).Select(User).ToList());
        Assert.All(Enumerable.Range(1, people), i => Assert.Equal(1, Count(i, "Est-ce que cela a résolu")));
    }

    /// <summary>The first instance (a) holds the lease, the second (b) waits; both hold a Socket Mode connection.</summary>
    private async Task<(BotOsProcess Active, BotOsProcess Standby)> StartTwoAsync()
    {
        var active = Start("a");
        await active.WaitForLogAsync("Holding the lease", Wait);
        var standby = Start("b");
        await standby.WaitForLogAsync("Standby:", Wait);
        await FakeSlack.EventuallyAsync(() => _shared.Slack.OpenSockets.Select(s => s.Instance).Order().SequenceEqual(["a", "b"]), "a Socket Mode connection from each instance", Wait);
        return (active, standby);
    }

    private BotOsProcess Start(string name)
    {
        var bot = BotOsProcess.Launch(new Dictionary<string, string> { ["Storage__ConnectionString"] = _shared.ConnectionString },
        [
            "--Storage:Provider=postgres", "--Storage:Retry:FirstDelay=00:00:00.500", "--Storage:Retry:MaxDelay=00:00:02",
            "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0", "--Console:Enabled=false", "--Dashboard:Urls=",
            $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}", $"--Slack:ApiUrl={_shared.Slack.ApiUrlFor(name)}",
            "--Slack:TechnicianChannel=C0TECH",
        ]);
        return _shared.Add(name, bot);
    }

    /// <summary>One ticket for each of <paramref name="people"/>, told once, numbered 1… without a gap; nothing left in the inbox.</summary>
    private void AssertTicketsAndEmptyInbox(IReadOnlyList<string> people)
    {
        foreach (var user in people)
        {
            Assert.Equal(1, _shared.Slack.Messages.Count(m => m.Channel == "D" + user[1..] && m.Text.Contains("priorité P3", StringComparison.Ordinal)));
        }

        using var database = new PostgresDatabase(_shared.ConnectionString);
        Assert.Empty(new PostgresInboxStore(database).Pending("slack"));
        var tickets = new PostgresTicketStore(database).All();
        Assert.Equal(people.Count, tickets.Count);
        Assert.Equal(people.Count, tickets.Select(t => t.RequesterId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, people.Count), tickets.Select(t => t.Number));
    }

    private Task SayAsync(int i, string text) => _shared.Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(User(i), Dm(i), text)));

    private Task AllAsync(string fragment, int people = People) =>
        FakeSlack.EventuallyAsync(() => Enumerable.Range(1, people).All(i => Count(i, fragment) >= 1), $"\"{fragment}\" to everyone", Wait);

    private int Count(int i, string fragment) =>
        _shared.Slack.Messages.Count(m => m.Channel == Dm(i) && m.Text.Contains(fragment, StringComparison.Ordinal));

    private static string User(int i) => $"U0P{i:000}";

    private static string Dm(int i) => $"D0P{i:000}";

    private const string Opening = Sayings.OutlookOpening;
}
