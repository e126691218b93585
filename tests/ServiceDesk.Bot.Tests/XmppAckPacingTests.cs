using System.Diagnostics;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Over a real Prosody: answers written close together share one ack request (the bot asks at most every 250 ms,
/// <c>AckRequestPacing</c>), and with nobody writing after them the request put off still goes out on its own, so every
/// answer is confirmed and its message leaves the bot's inbox within seconds, not at the next keep-alive (60 s).
/// </summary>
[Trait("Category", "Long")]
public sealed class XmppAckPacingTests : IAsyncLifetime
{
    private const int People = 8;
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(60);
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartServerAsync([], staff: People);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task AnswersCloseTogether_AreAllConfirmed_WithNothingWrittenAfterThem()
    {
        await using var bot = await _desk.StartBotProcessAsync(_desk.BotStorePath);
        await Task.WhenAll(_desk.Staff.Select(s => Task.Run(async () =>
        {
            await s.SayAsync(Sayings.OutlookOpening);
            await s.ExpectAsync(Step, "1. Juste moi");
        })));

        // Eight answers within a few milliseconds of each other: most of them go without a request of their own.
        await Task.WhenAll(_desk.Staff.Select(s => s.SayAsync("1")));
        await Task.WhenAll(_desk.Staff.Select(s => s.ExpectAsync(Step, "1. Bloqué(e)")));

        var reader = new StoreReadClient(_desk.BotStorePath);
        var waited = Stopwatch.StartNew();
        while (reader.PendingInInbox("xmpp") is var pending and > 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), $"{pending} answered messages still wait for the server's confirmation");
            await Task.Delay(100);
        }

        await bot.StopAsync(TimeSpan.FromSeconds(30));
    }
}
