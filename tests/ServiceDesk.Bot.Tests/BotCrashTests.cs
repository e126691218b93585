using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The bot killed with SIGKILL in the middle of a hundred conversations and started again on the same file:
/// every conversation continues where it was, every message sent meanwhile is answered once, no answer is lost,
/// and each person ends with exactly one ticket.
/// </summary>
[Trait("Category", "Long")]
public sealed class BotCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 100;
    private ProsodyDesk _desk = null!;
    private string _storage = null!;

    public async Task InitializeAsync()
    {
        _desk = await ProsodyDesk.StartServerAsync([], staff: People);
        _storage = _desk.BotStorePath;
    }

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Bot_KilledMidConversationsAndRestarted_ContinuesEachOneLosingNothingWithOneTicketEach()
    {
        await using var bot = await _desk.StartBotProcessAsync(_storage);
        var answering = _desk.Staff.Take(80).ToList();
        var latecomers = _desk.Staff.Skip(80).ToList();
        await Task.WhenAll(answering.Select(s => Task.Run(async () =>
        {
            await s.SayAsync(Opening);
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Juste moi");
            await s.SayAsync("1");
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Bloqué(e)");
        })));

        // Every answer so far has been delivered; its message leaves the inbox once the delivery is confirmed, which
        // a loaded machine may take a while to write. Wait for that, so that what the kill below catches is only what
        // the test means it to catch (a message still in the inbox at the kill is answered again after the restart).
        await WaitForEmptyInboxAsync(TimeSpan.FromSeconds(60));

        // At the crash: 40 answers just sent (in flight or mid-turn), 20 opening messages received and acknowledged
        // but still inside the burst pause (only the inbox holds them), then 40 answers sent while the bot is down.
        await Task.WhenAll(answering.Take(40).Select(s => s.SayAsync("bloquée")));
        await Task.WhenAll(latecomers.Select(s => s.SayAsync(Opening)));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await bot.KillAsync();
        await Task.WhenAll(answering.Skip(40).Select(s => s.SayAsync("bloquée")));
        await using var restarted = await _desk.StartBotProcessAsync(_storage);

        await Task.WhenAll(latecomers.Select(s => Task.Run(async () =>
        {
            await s.ExpectAsync(TimeSpan.FromSeconds(90), "1. Juste moi");
            await s.SayAsync("1");
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Bloqué(e)");
            await s.SayAsync("bloquée");
        })));
        try
        {
            await Task.WhenAll(_desk.Staff.Select(s => Task.Run(async () =>
            {
                await s.ExpectAsync(TimeSpan.FromSeconds(90), "C'est bien ça ?");
                await s.SayAsync("oui");
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "Est-ce que cela a résolu");
                await s.SayAsync("non");
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "priorité P3");
            })));
            await restarted.StopAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            foreach (var line in restarted.Log.Where(l => !l.StartsWith("      ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)))
            {
                output.WriteLine(line);
            }
        }

        // Nothing is lost: every person got every step, and whatever was sent while the bot was down (or sat
        // unanswered in its inbox) is answered exactly once. A turn that was running at the moment of the kill
        // may be answered twice (its answer was written just before the kill, its inbox entry not yet cleared):
        // the bot repeats rather than risk silence; how often is printed.
        foreach (var prompt in (string[])["1. Juste moi", "1. Bloqué(e)", "C'est bien ça ?", "priorité P3"])
        {
            AssertSaid(_desk.Staff, prompt, atMost: 2);
            AssertSaid([.. answering.Skip(40), .. latecomers], prompt, atMost: 1);
        }

        AssertSaid(_desk.Staff, "priorité P3", atMost: 1);
        var repeated = answering.Take(40).Count(s => s.Transcript.Count(t => t.Contains("C'est bien ça ?", StringComparison.Ordinal)) > 1);
        output.WriteLine($"Turns running at the kill answered twice: {repeated} of 40");
        using var database = new ServiceDeskDatabase(_storage);
        Assert.Empty(new InboxStore(database).Pending("xmpp"));
        var tickets = new TicketStore(database).All();
        Assert.Equal(People, tickets.Count);
        Assert.Equal(People, tickets.Select(t => t.RequesterId).Distinct().Count());
    }

    /// <remarks>
    /// Read through the running bot (<see cref="StoreReadClient"/>): the bot holds the file in direct mode, and a second
    /// engine opened on it here (as this test did while the file was in shared mode) would checkpoint the log into the
    /// data file under the bot's cache, the corruption LiteDB reported as "empty page must be defined as empty type".
    /// </remarks>
    private async Task WaitForEmptyInboxAsync(TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var bot = new StoreReadClient(_storage);
        while (bot.PendingInInbox("xmpp") > 0 && waited.Elapsed < timeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static void AssertSaid(IReadOnlyList<XmppUser> people, string prompt, int atMost)
    {
        var wrong = people.Where(s => s.Transcript.Count(t => t.Contains(prompt, StringComparison.Ordinal)) is var n && (n < 1 || n > atMost)).ToList();
        Assert.True(wrong.Count == 0, $"Not said between once and {atMost} times: \"{prompt}\", to {wrong.Count} people. First transcript:\n" +
            string.Join("\n---\n", wrong.FirstOrDefault()?.Transcript ?? []));
    }

    private const string Opening = Sayings.OutlookOpening;
}
