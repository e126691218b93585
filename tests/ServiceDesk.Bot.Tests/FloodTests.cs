using Microsoft.Extensions.Logging;
using ServiceDesk.Bot.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// One account sends 50,000 messages within a minute (a script gone wrong): it is told once, politely, to slow
/// down, most of its messages are dropped (each one logged with the sender), and everybody else is still answered.
/// </summary>
[Trait("Category", "Long")]
public sealed class FloodTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(["alice", "flood"], "--Dialogue:BurstPause=0");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task FiftyThousandMessagesFromOneAccount_AreRateLimitedWithOneNoticeAndOthersAreAnswered()
    {
        await using var flood = _desk.Person("flood");
        await using var alice = _desk.Person("alice");
        await flood.SayAsync("statut");
        await flood.ExpectAsync("aucune demande");

        for (var i = 0; i < 50_000; i++)
        {
            await flood.SayAsync($"statut {i}");
        }

        await flood.ExpectAsync(TimeSpan.FromSeconds(120), "beaucoup de messages");
        await alice.SayAsync("statut");
        await alice.ExpectAsync(TimeSpan.FromSeconds(120), "aucune demande");
        await flood.SayAsync("au revoir");
        await alice.SayAsync("où en est ma demande ?");
        await alice.ExpectAsync(TimeSpan.FromSeconds(120), "aucune demande");

        Assert.Single(flood.Transcript, t => t.Contains("beaucoup de messages", StringComparison.Ordinal));
        Assert.InRange(flood.Transcript.Count, 2, 500);

        var logs = _desk.Bot.Logs;
        var warned = logs.Count(LogLevel.Warning, "Rate limit: xmpp:flood@localhost sends too fast on xmpp");
        output.WriteLine($"{warned} rate-limit warnings logged, {flood.Transcript.Count} answers to the flooding account.");
        Assert.True(warned == 1, $"{warned} rate-limit warnings logged for one notice (one a minute at most, not one a message).\n{logs.Dump(20)}");
        Assert.Equal(0, logs.Count(LogLevel.Warning, "Rate limit: xmpp:alice@localhost"));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
