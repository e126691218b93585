using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Prosody restarted while fifty people are in the middle of their conversation: the bot and the people's
/// clients reconnect (a new session, the server having forgotten the old one), what was sent around the
/// restart arrives, and nothing is answered twice or lost.
/// </summary>
[Trait("Category", "Long")]
public sealed class ProsodyRestartUnderLoadTests : IAsyncLifetime
{
    private const int People = 50;
    private const string Opening = Sayings.OutlookOpening;
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync([], _ => ["--Dialogue:BurstPause=0"], staff: People);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Conversations_ProsodyRestartedMidway_EachEndsWithOneTicketAndNoRepeatedAnswer()
    {
        await Task.WhenAll(_desk.Staff.Select(s => Task.Run(async () =>
        {
            await s.SayAsync(Opening);
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Juste moi");
            await s.SayAsync("1");
        })));

        await _desk.Server.StopAsync();
        await Task.WhenAll(_desk.Staff.Take(People / 2).Select(s => s.SayAsync("bloquée")));
        await _desk.Server.StartAgainAsync();

        await Task.WhenAll(_desk.Staff.Select((s, i) => Task.Run(async () =>
        {
            await s.ExpectAsync(TimeSpan.FromSeconds(90), "1. Bloqué(e)");
            if (i >= People / 2)
            {
                await s.SayAsync("bloquée");
            }

            await s.ExpectAsync(TimeSpan.FromSeconds(90), "C'est bien ça ?");
            await s.SayAsync("oui");
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "Est-ce que cela a résolu");
            await s.SayAsync("non");
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "priorité P3");
        })));

        foreach (var fragment in new[] { "1. Juste moi", "1. Bloqué(e)", "C'est bien ça ?", "priorité P3" })
        {
            Assert.All(_desk.Staff, s => Assert.Equal(1, s.Transcript.Count(t => t.Contains(fragment, StringComparison.Ordinal))));
        }

        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        var tickets = new TicketStore(database).All();
        Assert.Equal(People, tickets.Count);
        Assert.Equal(People, tickets.Select(t => t.RequesterId).Distinct().Count());
    }
}
