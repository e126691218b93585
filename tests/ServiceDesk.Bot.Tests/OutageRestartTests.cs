using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The bot killed with SIGKILL in the middle of an outage's resolution broadcast and started again on the same file
/// (issue 15): the people not told yet are told after the restart, and the people told before the kill are not told
/// again. The broadcast is slowed down (<c>Outages:SendPerSecond:xmpp=5</c>) so that the kill falls in its middle.
/// </summary>
[Trait("Category", "Long")]
public sealed class OutageRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 40;
    private ProsodyDesk _desk = null!;
    private string _storage = null!;

    public async Task InitializeAsync()
    {
        _desk = await ProsodyDesk.StartServerAsync(["bruno"], staff: People);
        _storage = _desk.BotStorePath;
    }

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Bot_KilledMidBroadcast_RestartSendsTheRestAndOnlyANoticeInFlightAtTheKillMayRepeat()
    {
        string[] args =
        [
            $"--Xmpp:TechnicianRoom={_desk.Room}", "--Xmpp:RoomNick=ServiceDesk", "--Outages:SendPerSecond:xmpp=5",
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Level=1", $"--Technicians:0:Xmpp={_desk.Jid("bruno")}",
        ];
        await using var bruno = _desk.Technician("bruno", "Bruno");
        await using (var bot = await _desk.StartBotProcessAsync(_storage, args))
        {
            await bruno.JoinedAsync("/outage list", "Aucun incident majeur");
            await bruno.SayInRoomAsync("/outage open messagerie les mails ne partent plus");
            await bruno.ExpectInRoomAsync("Incident majeur M1 ouvert");
            await Task.WhenAll(_desk.Staff.Select(s => Task.Run(async () =>
            {
                await s.SayAsync("je reçois plus mes mails");
                await s.ExpectAsync(TimeSpan.FromSeconds(60), "Nous sommes au courant");
            })));

            await bruno.SayInRoomAsync("/outage resolve M1 le serveur a été redémarré");
            await bruno.ExpectInRoomAsync("M1 résolu");
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Told() < 10 && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50));
            }

            await bot.KillAsync();
        }

        var toldBeforeKill = Told();
        Assert.InRange(toldBeforeKill, 10, People - 5);
        // A notice handed to the network just before the kill, whose confirmation the bot never got to write, cannot be
        // known to have arrived: the restart sends it again (a repeat rather than silence). The store says which ones.
        IReadOnlyList<string> inFlight;
        using (var database = new ServiceDeskDatabase(_storage))
        {
            inFlight = [.. new OutageStore(database).Notices(1).Where(n => n.SentAt is null && n.AttemptedAt is not null).Select(n => n.Address)];
        }

        await using var restarted = await _desk.StartBotProcessAsync(_storage, args);
        await Task.WhenAll(_desk.Staff.Select(s => s.ExpectAsync(TimeSpan.FromSeconds(60), "le serveur a été redémarré")));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var twice = _desk.Staff.Where(s => Count(s) > 1).Select(s => s.Jid).ToList();
        output.WriteLine($"Told before the kill: {toldBeforeKill} of {People}; in flight at the kill: {inFlight.Count}; told twice: {twice.Count}");
        Assert.All(_desk.Staff, s => Assert.InRange(Count(s), 1, 2));
        Assert.All(twice, jid => Assert.Contains(jid, inFlight));
        await restarted.StopAsync(TimeSpan.FromSeconds(30));  // The file is the running bot's alone (its lock file).
        using (var database = new ServiceDeskDatabase(_storage))
        {
            Assert.All(new OutageStore(database).Notices(1), n => Assert.NotNull(n.SentAt));
        }
    }

    private int Told() => _desk.Staff.Count(s => Count(s) > 0);

    private static int Count(XmppUser person)
    {
        lock (person.Transcript)
        {
            return person.Transcript.Count(t => t.Contains("le serveur a été redémarré", StringComparison.Ordinal));
        }
    }
}
