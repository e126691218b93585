using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Prosody restarted while fifty people are in the middle of their conversation: the bot and the people's
/// clients reconnect (a new session, the server having forgotten the old one), what was sent around the
/// restart arrives, and nothing is answered twice or lost.
/// </summary>
[Trait("Category", "Long")]
public sealed class ProsodyRestartUnderLoadTests : IAsyncLifetime
{
    private const string Password = "s3cret-test";
    private const int People = 50;
    private const string Opening = "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423";
    private ProsodyServer _server = null!;
    private RunningBot _bot = null!;
    private readonly List<XmppUser> _staff = [];

    public async Task InitializeAsync()
    {
        _server = await ProsodyServer.StartAsync([("servicedesk", Password)], CancellationToken.None);
        await ProsodyAccountFiles.WriteAsync(_server, Enumerable.Range(1, People).Select(i => ($"staff{i:000}", Password)), CancellationToken.None);
        _bot = await RunningBot.StartAsync(_server, "servicedesk", Password, "--Dialogue:BurstPause=0");
        _staff.AddRange(Enumerable.Range(1, People).Select(i => new XmppUser(_server, $"staff{i:000}", Password, "servicedesk")));
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_staff.Select(s => s.DisposeAsync().AsTask()));
        await RunningBot.StopAsync(_bot, _server);
    }

    [Fact]
    public async Task Conversations_ProsodyRestartedMidway_EachEndsWithOneTicketAndNoRepeatedAnswer()
    {
        await Task.WhenAll(_staff.Select(s => Task.Run(async () =>
        {
            await s.SayAsync(Opening);
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "1. Juste moi");
            await s.SayAsync("1");
        })));

        await _server.StopAsync();
        await Task.WhenAll(_staff.Take(People / 2).Select(s => s.SayAsync("bloquée")));
        await _server.StartAgainAsync();

        await Task.WhenAll(_staff.Select((s, i) => Task.Run(async () =>
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
            Assert.All(_staff, s => Assert.Equal(1, s.Transcript.Count(t => t.Contains(fragment, StringComparison.Ordinal))));
        }

        using var database = new ServiceDeskDatabase(_bot.StoragePath);
        var tickets = new TicketStore(database).All();
        Assert.Equal(People, tickets.Count);
        Assert.Equal(People, tickets.Select(t => t.RequesterId).Distinct().Count());
    }
}
