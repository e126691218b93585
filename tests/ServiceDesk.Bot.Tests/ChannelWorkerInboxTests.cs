using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Answered messages leave the inbox in the transaction that keeps the next messages read, or on their own shortly after
/// when nobody writes (<see cref="ChannelWorker.ForgetFold"/>): while the bot runs, not only at its stop.
/// </summary>
public sealed class ChannelWorkerInboxTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly DiskUnderTest _disk = new();

    [Fact]
    public async Task AnsweredAndNobodyWrites_LeavesTheInboxWhileTheBotRuns()
    {
        var chat = new FakeChatChannel();
        using var store = _disk.OpenStore();
        using var host = await StartAnsweredOnceAsync(store, chat);
        await EmptyAsync(store, chat.Name);

        await host.StopAsync();
    }

    [Fact]
    public async Task AnsweredWhileOthersWrite_EveryEntryLeavesTheInbox()
    {
        var chat = new FakeChatChannel();
        using var store = _disk.OpenStore();
        using var host = Build(store, chat);
        await host.StartAsync();

        var people = Enumerable.Range(1, 12).Select(i => $"person{i}").ToList();
        foreach (var person in people)
        {
            chat.Receive(person, "statut");
        }

        foreach (var person in people)
        {
            await chat.WaitForAsync(person, "aucune demande", Wait);
            chat.Receive(person, "où en est ma demande ?");
        }

        foreach (var person in people)
        {
            await chat.WaitForAsync(person, "aucune demande", Wait, times: 2);
        }

        await EmptyAsync(store, chat.Name);
        await host.StopAsync();
        Assert.All(people, p => Assert.Equal(2, FakeChatChannel.Count(chat.SaidTo(p), "aucune demande")));
    }

    [Fact]
    public async Task WhileMessagesKeepComing_AnsweredEntriesLeaveWithTheNextTurns_NotInTransactionsOfTheirOwn()
    {
        // An answered entry waits for the next keep at most ForgetFold (250 ms). The wait first ended 250 ms after the first
        // entry waited, whatever had come since: with a message every 50 ms it wrote a transaction of its own about four
        // times a second, for entries a few milliseconds old that the next turn would have taken. It now ends only for an
        // entry that waited the whole fold.
        var chat = new FakeChatChannel();
        using var store = _disk.OpenStore();
        using var host = await StartAnsweredOnceAsync(store, chat);
        await EmptyAsync(store, chat.Name);

        const int Messages = 40;
        var writtenBefore = store.CommitsWritten;
        var took = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 2; i <= Messages + 1; i++)
        {
            chat.Receive("alice", "statut");
            await chat.WaitForAsync("alice", "aucune demande", Wait, times: i);
            await Task.Delay(50);
        }

        var written = store.CommitsWritten - writtenBefore;
        took.Stop();
        await EmptyAsync(store, chat.Name);
        await host.StopAsync();

        // One transaction per message (its keep, and the entries answered since the last one); a few more only if the
        // machine paused long enough between two messages for an entry to wait the whole fold.
        Assert.True(written <= Messages + 3, $"{written} transactions written for {Messages} messages in {took.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData(null, "rides")]
    [InlineData("00:00:10", "shares")]
    [InlineData("0", "alone")]
    public async Task AMessageAnsweredAtOnce_IsKeptInItsTurnsCommit_OrSharesItsFlush(string? keepLinger, string expected)
    {
        // First the keep flushed on its own, then the turn: two commits, two flushes per message. Then the keep waited for
        // its turn's commit, whose flush covered both. Now, by default, the keep is written in the turn's own transaction:
        // one commit per message. With Storage:KeepLinger set, the keep commits first and waits at most that long for the
        // turn's flush (here long enough for any turn on a busy machine); with 0 it flushes alone.
        var chat = new FakeChatChannel();
        using var store = _disk.OpenStore();
        using var host = await StartAnsweredOnceAsync(store, chat, keepLinger is null ? [] : [$"--Storage:KeepLinger={keepLinger}"]);

        const int Messages = 20;
        var (flushesBefore, commitsBefore) = store.FlushCounts;
        var writtenBefore = store.CommitsWritten;
        for (var i = 2; i <= Messages + 1; i++)
        {
            chat.Receive("alice", "statut");
            await chat.WaitForAsync("alice", "aucune demande", Wait, times: i);
        }

        var (flushesAfter, commitsAfter) = store.FlushCounts;
        var written = store.CommitsWritten - writtenBefore;
        await host.StopAsync();

        // Each keep made durable by its turn's flush: a commit on disk without a flush of its own. Other writes (answered
        // entries cleared on their own, the desk's periodic checks) each have their own flush and do not count there.
        var shared = (commitsAfter - commitsBefore) - (flushesAfter - flushesBefore);
        var counts = $"{written} transactions written, {shared} keeps sharing their turn's flush, for {Messages} messages";
        switch (expected)
        {
            case "rides":
                Assert.True(written < Messages * 3 / 2, counts);
                break;
            case "shares":
                Assert.True(written >= Messages * 2 && shared >= Messages - 1, counts);
                break;
            default:
                Assert.True(written >= Messages * 2 && shared < Messages / 2, counts);
                break;
        }

        Assert.Equal(Messages + 1, chat.Kept.Count);
        await EmptyAsync(store, chat.Name);
    }

    [Fact]
    public async Task AMessageTheDeskWaitsForMoreLinesAfter_IsKeptOnDiskAtOnce_NotAfterThePause()
    {
        // Its turn comes only after the pause for more lines (seed 000 §5: listen first): its keep does not wait for it,
        // and the network may tell the person at once that the message is safe.
        var chat = new FakeChatChannel();
        using var store = _disk.OpenStore();
        using var host = Build(store, chat, "--Dialogue:BurstPause=00:00:20", "--Dialogue:BurstMaximum=00:00:40");
        await host.StartAsync();

        // A first exchange, so that the desk's first periodic check (whose commit's flush would cover the keep) is over.
        chat.Receive("bob", "statut");
        await chat.WaitForAsync("bob", "aucune demande", Wait);
        await Task.Delay(500);

        var sent = System.Diagnostics.Stopwatch.StartNew();
        chat.Receive("alice", "Bonjour, mon imprimante n'imprime plus rien depuis ce matin");
        while (!chat.Kept.Any(m => m.From.Value == "alice"))
        {
            Assert.True(sent.Elapsed < TimeSpan.FromSeconds(10), "The first line of a request was not kept before the pause for more lines ended.");
            await Task.Delay(20);
        }

        Assert.Equal("", chat.SaidTo("alice"));
        await host.StopAsync();
    }

    public void Dispose() => _disk.Dispose();

    private static async Task EmptyAsync(ServiceDeskDatabase store, string channel)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (new InboxStore(store).Pending(channel).Count > 0)
        {
            Assert.True(waited.Elapsed < Wait, "Answered messages stayed in the inbox while the bot ran.");
            await Task.Delay(50);
        }
    }

    /// <summary>The bot started on <paramref name="store"/>, once it answered alice's first "statut".</summary>
    private async Task<IHost> StartAnsweredOnceAsync(ServiceDeskDatabase store, FakeChatChannel chat, params string[] arguments)
    {
        var host = Build(store, chat, arguments);
        await host.StartAsync();
        chat.Receive("alice", "statut");
        await chat.WaitForAsync("alice", "aucune demande", Wait);
        return host;
    }

    private IHost Build(ServiceDeskDatabase store, IChatChannel chat, params string[] arguments)
    {
        var builder = BotHost.CreateBuilder([$"--Storage:Path={_disk.FilePath}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0", .. arguments]);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddSingleton(store);
        BotHost.AddChannel(builder.Services, _ => chat);
        return builder.Build();
    }
}
