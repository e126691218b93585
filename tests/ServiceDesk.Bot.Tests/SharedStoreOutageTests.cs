using System.Diagnostics;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Once-only work with two instances on one PostgreSQL store (issue 18): both bots are configured for Jabber (a real
/// Prosody) and Slack (the fake Slack). One instance holds both accounts and the other none, so the desk's periodic
/// work and the outage outbox run in one place; an outage update and its resolution reach each person on either
/// network exactly once, also after the active instance is killed with SIGKILL between the two and the standby takes over.
/// </summary>
[Trait("Category", "Long")]
public sealed class SharedStoreOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Password = "s3cret-test";
    private const string TechChannel = "C0TECH";
    private const int People = 10;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private PostgresAndFakeSlack _shared = null!;
    private ProsodyServer _prosody = null!;
    private string _room = "";
    private readonly List<XmppUser> _staff = [];

    public async Task InitializeAsync()
    {
        _shared = await PostgresAndFakeSlack.StartAsync(Enumerable.Range(1, People).Select(i => new FakeSlackUser(SlackUser(i), $"Staff {i}", "fr-FR", "Europe/Paris")));
        _prosody = await ProsodyServer.StartAsync([("servicedesk", Password), ("bruno", Password)], CancellationToken.None);
        await ProsodyAccountFiles.WriteAsync(_prosody, Enumerable.Range(1, People).Select(i => ($"staff{i:000}", Password)), CancellationToken.None);
        _room = "techs@" + _prosody.ConferenceDomain;
        _staff.AddRange(Enumerable.Range(1, People).Select(i => new XmppUser(_prosody, $"staff{i:000}", Password, "servicedesk")));
    }

    public async Task DisposeAsync()
    {
        try
        {
            await _shared.DisposeAsync();
        }
        finally
        {
            await Task.WhenAll(_staff.Select(s => s.DisposeAsync().AsTask()));
            await _prosody.DisposeAsync();
        }
    }

    [Fact]
    public async Task TwoInstances_OutageUpdateAndResolution_ReachEachPersonOnEachNetworkExactlyOnce_AcrossATakeover()
    {
        var active = Start("a");
        await active.Online.WaitAsync(Wait);
        await FakeSlack.EventuallyAsync(() => _shared.Slack.OpenSockets.Count == 1, "the active bot's Socket Mode connection", Wait);
        var standby = Start("b");
        await standby.WaitForLogAsync("Standby:", Wait);
        await FakeSlack.EventuallyAsync(() => _shared.Slack.OpenSockets.Count == 2, "the standby's Socket Mode connection (it keeps what it receives for the holder)", Wait);
        await using var bruno = new XmppUser(_prosody, "bruno", Password, "servicedesk", _room, "Bruno");
        try
        {
            await bruno.JoinedAsync("/outage list", "Aucun incident majeur");
            await bruno.SayInRoomAsync("/outage open messagerie les mails ne partent plus");
            await bruno.ExpectInRoomAsync("Incident majeur M1 ouvert : messagerie");

            await Task.WhenAll(_staff.Select(s => Task.Run(async () =>
            {
                await s.SayAsync("Bonjour, je reçois plus mes mails");
                await s.ExpectAsync(Wait, "M1", "1. ", "2. ");
            })));
            foreach (var i in Enumerable.Range(1, People))
            {
                await _shared.Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(SlackUser(i), SlackDm(i), "Outlook ne se connecte pas")));
            }

            await FakeSlack.EventuallyAsync(() => Enumerable.Range(1, People).All(i => SlackCount(i, "(M1") >= 1), "a known-outage answer to everyone on Slack", Wait);

            // The standby serves neither account: not on Jabber, no channel started, no outbox drained, nothing posted on
            // Slack (its Socket Mode connection only keeps what Slack delivers to it in the shared inbox).
            Assert.False(standby.Online.IsCompleted, "The standby connected to Jabber while the active bot held the lease.");
            Assert.DoesNotContain(_shared.Slack.Calls, c => c.Instance == "b" && c.Method.StartsWith("chat.", StringComparison.Ordinal));
            Assert.DoesNotContain(standby.Log, l => l.Contains("Channel xmpp started", StringComparison.Ordinal) || l.Contains("Channel slack started", StringComparison.Ordinal));

            await bruno.SayInRoomAsync("/outage update M1 le serveur de messagerie redémarre");
            await bruno.ExpectInRoomAsync("M1 : nouvelles enregistrées");
            await Task.WhenAll(_staff.Select(s => s.ExpectAsync(Wait, "le serveur de messagerie redémarre")));
            await FakeSlack.EventuallyAsync(() => Enumerable.Range(1, People).All(i => SlackCount(i, "le serveur de messagerie redémarre") >= 1), "the update to everyone on Slack", Wait);

            // Killed once every update notice is marked sent: a notice handed to the network in the instant before a
            // kill, whose confirmation was never written, is sent again by design (README, "Major incidents").
            await FakeSlack.EventuallyAsync(() => AllSent(), "every update notice marked sent", Wait);
            await active.KillAsync();
            var killed = Stopwatch.StartNew();
            await standby.Online.WaitAsync(Wait);
            await FakeSlack.EventuallyAsync(() => _shared.Slack.OpenSockets.Count == 1 && _shared.Slack.Sockets.Count == 2, "the dead holder's Socket Mode connection closed, the new holder's still open", Wait);
            output.WriteLine($"Standby online {killed.Elapsed.TotalSeconds:0.0} s after the SIGKILL");
            await bruno.JoinedAsync("/outage list", "M1");  // the new holder is in the room
            await bruno.SayInRoomAsync("/outage resolve M1 le serveur de messagerie a été redémarré");
            await bruno.ExpectInRoomAsync(Wait, "M1 résolu");
            await Task.WhenAll(_staff.Select(s => s.ExpectAsync(Wait, "le serveur de messagerie a été redémarré")));
            await FakeSlack.EventuallyAsync(() => Enumerable.Range(1, People).All(i => SlackCount(i, "le serveur de messagerie a été redémarré") >= 1), "the resolution to everyone on Slack", Wait);

            // Anything repeated would have arrived by now (the outbox is drained every second).
            await Task.Delay(TimeSpan.FromSeconds(4));
        }
        finally
        {
            _shared.PrintLogs(output);
        }

        foreach (var person in _staff)
        {
            lock (person.Transcript)
            {
                Assert.Single(person.Transcript, t => t.Contains("le serveur de messagerie redémarre", StringComparison.Ordinal));
                Assert.Single(person.Transcript, t => t.Contains("le serveur de messagerie a été redémarré", StringComparison.Ordinal));
            }
        }

        Assert.All(Enumerable.Range(1, People), i => Assert.Equal((1, 1),
            (SlackCount(i, "le serveur de messagerie redémarre"), SlackCount(i, "le serveur de messagerie a été redémarré"))));
        using var database = new PostgresDatabase(_shared.ConnectionString);
        var outages = new PostgresOutageStore(database);
        Assert.Equal(2 * People, outages.People(1).Count);
        Assert.All(outages.Notices(1), n => Assert.NotNull(n.SentAt));
    }

    private BotOsProcess Start(string name)
    {
        var bot = BotOsProcess.Launch(_prosody, "servicedesk", Password, Path.Combine(_prosody.Directory, "unused.db"),
            new Dictionary<string, string> { ["Storage__ConnectionString"] = _shared.ConnectionString },
            "--Storage:Provider=postgres", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0", "--Dashboard:Urls=",
            $"--Xmpp:TechnicianRoom={_room}", "--Xmpp:RoomNick=ServiceDesk",
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Level=1", $"--Technicians:0:Xmpp={_prosody.Jid("bruno")}",
            $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}", $"--Slack:ApiUrl={_shared.Slack.ApiUrlFor(name)}",
            $"--Slack:TechnicianChannel={TechChannel}");
        return _shared.Add(name, bot);
    }

    private bool AllSent()
    {
        using var database = new PostgresDatabase(_shared.ConnectionString);
        var notices = new PostgresOutageStore(database).Notices(1);
        return notices.Count == 2 * People && notices.All(n => n.SentAt is not null);
    }

    private static string SlackUser(int i) => $"U0S{i:000}";

    private static string SlackDm(int i) => $"D0S{i:000}";

    private int SlackCount(int i, string fragment) =>
        _shared.Slack.Messages.Count(m => m.Channel == SlackDm(i) && m.Text.Contains(fragment, StringComparison.Ordinal));
}
