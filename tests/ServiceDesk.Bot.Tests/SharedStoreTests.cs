using System.Diagnostics;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Two bot processes on one PostgreSQL store and one Prosody: one holds the XMPP account, the other waits; the active
/// one is killed with SIGKILL in the middle of fifty conversations and the standby takes over within 15 s, replaying
/// the shared inbox, so every conversation ends with one ticket. And one bot whose database is restarted under load, or
/// cut from it by the network for a few seconds: it waits, retries and loses nothing.
/// </summary>
[Trait("Category", "Long")]
public sealed class SharedStoreTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Password = "s3cret-test";
    private const int People = 50;
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(15);
    private ProsodyServer _prosody = null!;
    private PostgresServer _postgres = null!;
    private readonly List<XmppUser> _staff = [];
    private readonly List<BotOsProcess> _bots = [];

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync(CancellationToken.None);
        await _postgres.CreateDatabaseAsync("desk");
        _prosody = await ProsodyServer.StartAsync([("servicedesk", Password)], CancellationToken.None);
        await ProsodyAccountFiles.WriteAsync(_prosody, Enumerable.Range(1, People).Select(i => ($"staff{i:000}", Password)), CancellationToken.None);
        _staff.AddRange(Enumerable.Range(1, People).Select(i => new XmppUser(_prosody, $"staff{i:000}", Password, "servicedesk")));
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_bots.Select(b => b.DisposeAsync().AsTask()));
        await Task.WhenAll(_staff.Select(s => s.DisposeAsync().AsTask()));
        await _prosody.DisposeAsync();
        await _postgres.DisposeAsync();
    }

    [Fact]
    public async Task ActiveBot_KilledDuringFiftyConversations_StandbyTakesOverWithin15sAndEachEndsWithOneTicket()
    {
        var active = Start();
        await active.Online.WaitAsync(TimeSpan.FromSeconds(60));
        var standby = Start();
        await standby.WaitForLogAsync("Standby:", TimeSpan.FromSeconds(60));
        try
        {
            var answering = _staff.Take(40).ToList();
            var latecomers = _staff.Skip(40).ToList();
            await Task.WhenAll(answering.Select(s => Task.Run(async () =>
            {
                await s.SayAsync(Opening);
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Juste moi");
                await s.SayAsync("1");
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Bloqué(e)");
            })));
            Assert.False(standby.Online.IsCompleted, "The standby connected while the active bot held the lease.");
            Assert.DoesNotContain(standby.Log, l => l.Contains("Channel xmpp started", StringComparison.Ordinal));

            // At the kill: 20 answers just sent (in flight or mid-turn), 10 opening messages received but still inside
            // the burst pause (only the shared inbox holds them), then 20 answers sent while no bot serves.
            await Task.WhenAll(answering.Take(20).Select(s => s.SayAsync("bloquée")));
            await Task.WhenAll(latecomers.Select(s => s.SayAsync(Opening)));
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            await active.KillAsync();
            var killed = Stopwatch.StartNew();
            await Task.WhenAll(answering.Skip(20).Select(s => s.SayAsync("bloquée")));
            await standby.Online.WaitAsync(TimeSpan.FromSeconds(60));
            output.WriteLine($"Standby online {killed.Elapsed.TotalSeconds:0.0} s after the SIGKILL");
            Assert.True(killed.Elapsed < Takeover, $"The standby took {killed.Elapsed} to take over.");
            await Task.WhenAll(latecomers.Select(s => Task.Run(async () =>
            {
                await s.ExpectAsync(TimeSpan.FromSeconds(90), "1. Juste moi");
                await s.SayAsync("1");
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Bloqué(e)");
                await s.SayAsync("bloquée");
            })));
            // Whether the openings were still in the shared inbox at the kill depends on how fast the server delivered
            // them to the active bot (otherwise the server keeps them and delivers them to the standby): printed, not asserted.
            output.WriteLine(standby.Log.FirstOrDefault(l => l.Contains("Replaying", StringComparison.Ordinal)) ?? "Nothing replayed from the shared inbox in this run");

            await FinishEveryConversationAsync();
            await standby.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            output.WriteLine("--- the active bot, killed:");
            active.PrintLog(output);
            output.WriteLine("--- the standby:");
            standby.PrintLog(output);
        }

        // The new holder must not step down during the takeover's burst (what made this test fail under load: its lease
        // renewals queued behind the replayed turns on the thread pool).
        Assert.DoesNotContain(standby.Log, l => l.Contains("Lost the lease", StringComparison.Ordinal));
        AssertOneTicketEachAndEmptyInbox();
    }

    [Fact]
    public async Task Database_RestartedUnderLoad_BotWaitsRetriesAndLosesNothing()
    {
        var bot = Start();
        await bot.Online.WaitAsync(TimeSpan.FromSeconds(60));
        try
        {
            await Task.WhenAll(_staff.Select(s => Task.Run(async () =>
            {
                await s.SayAsync(Opening);
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Juste moi");
                await s.SayAsync("1");
            })));
            await _postgres.StopAsync();
            await Task.WhenAll(_staff.Select(s => s.SayAsync("bloquée")));
            await Task.Delay(TimeSpan.FromSeconds(3));
            await _postgres.StartAgainAsync();

            await FinishAfterTheEarlyAnswerAsync();
            await bot.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            bot.PrintLog(output);
        }

        AssertOneTicketEachAndEmptyInbox(handledLeftovers: true);
    }

    [Fact]
    public async Task NetworkToTheDatabase_CutForFourSeconds_BotWaitsRetriesAndLosesNothing()
    {
        await using var network = TcpRelay.Start(_postgres.Host, _postgres.Port);
        var bot = Start(_postgres.ConnectionString("desk").Replace($"Port={_postgres.Port}", $"Port={network.Port}", StringComparison.Ordinal));
        await bot.Online.WaitAsync(TimeSpan.FromSeconds(60));
        try
        {
            await Task.WhenAll(_staff.Select(s => Task.Run(async () =>
            {
                await s.SayAsync(Opening);
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Juste moi");
                await s.SayAsync("1");
            })));
            network.Cut = true;
            await Task.WhenAll(_staff.Select(s => s.SayAsync("bloquée")));
            await Task.Delay(TimeSpan.FromSeconds(4));
            network.Cut = false;

            await FinishAfterTheEarlyAnswerAsync();
            await bot.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            bot.PrintLog(output);
        }

        AssertOneTicketEachAndEmptyInbox(handledLeftovers: true);
    }

    private BotOsProcess Start(string? connectionString = null)
    {
        var bot = BotOsProcess.Launch(_prosody, "servicedesk", Password, Path.Combine(_prosody.Directory, "unused.db"),
            new Dictionary<string, string> { ["Storage__ConnectionString"] = connectionString ?? _postgres.ConnectionString("desk") },
            "--Storage:Provider=postgres", "--Storage:Retry:FirstDelay=00:00:00.500", "--Storage:Retry:MaxDelay=00:00:02");
        _bots.Add(bot);
        return bot;
    }

    private Task FinishEveryConversationAsync() => Task.WhenAll(_staff.Select(s => Task.Run(async () =>
    {
        await s.ExpectAsync(TimeSpan.FromSeconds(90), "C'est bien ça ?");
        await FinishFromTheReformulationAsync(s);
    })));

    /// <summary>
    /// Each person said "1" (impact) and then "bloquée" (urgency) without waiting for the urgency question, while the
    /// store went away: the bot asks the urgency question and then reformulates, or, when the store's failure held the
    /// turn of "1" until "bloquée" had arrived, reformulates at once: the answer came before the question, and the bot
    /// asks only what is still missing. Either way the conversation ends with one ticket.
    /// </summary>
    private Task FinishAfterTheEarlyAnswerAsync() => Task.WhenAll(_staff.Select(s => Task.Run(async () =>
    {
        var next = await s.ExpectAnyAsync(TimeSpan.FromSeconds(90), "1. Bloqué(e)", "C'est bien ça ?");
        if (!next.Contains("C'est bien ça ?", StringComparison.Ordinal))
        {
            await s.ExpectAsync(TimeSpan.FromSeconds(90), "C'est bien ça ?");
        }

        await FinishFromTheReformulationAsync(s);
    })));

    private static async Task FinishFromTheReformulationAsync(XmppUser s)
    {
        await s.SayAsync("oui");
        await s.ExpectAsync(TimeSpan.FromSeconds(60), "Est-ce que cela a résolu");
        await s.SayAsync("non");
        await s.ExpectAsync(TimeSpan.FromSeconds(60), "priorité P3");
    }

    /// <summary>
    /// One ticket each, numbered 1…50, each person told once. The inbox is empty, or (<paramref name="handledLeftovers"/>,
    /// after an outage) holds only messages whose turn was taken: the worker could not clear their entry while the store
    /// was away, leaves it for the next start, and there the conversation drops it as a redelivery (its id is among
    /// the conversation's recent ones), so it is answered once all the same.
    /// </summary>
    private void AssertOneTicketEachAndEmptyInbox(bool handledLeftovers = false)
    {
        foreach (var person in _staff)
        {
            Assert.Equal(1, person.Transcript.Count(t => t.Contains("priorité P3", StringComparison.Ordinal)));
        }

        using var database = new PostgresDatabase(_postgres.ConnectionString("desk"));
        var leftovers = new PostgresInboxStore(database).Pending("xmpp");
        if (handledLeftovers)
        {
            var conversations = new PostgresConversationStore(database);
            output.WriteLine($"Inbox entries left by clears that failed during the outage: {leftovers.Count}");
            Assert.All(leftovers, l => Assert.Contains(l.Message.MessageId!, conversations.Find(l.Message.From.ToString())?.RecentMessageIds ?? []));
        }
        else
        {
            Assert.Empty(leftovers);
        }

        var tickets = new PostgresTicketStore(database).All();
        Assert.Equal(People, tickets.Count);
        Assert.Equal(People, tickets.Select(t => t.RequesterId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, People), tickets.Select(t => t.Number));
    }

    private const string Opening = Sayings.OutlookOpening;
}
