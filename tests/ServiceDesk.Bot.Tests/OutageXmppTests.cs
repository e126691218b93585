using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Seed 001's hardest morning end to end over a real Prosody (issue 15): the mail server is down, a technician declares
/// the outage, fifty people write about it at once in their own words; each gets the known-outage answer first and the
/// resolution notice exactly once, and the technicians' room sees no line per report.
/// </summary>
[Trait("Category", "Long")]
public sealed class OutageXmppTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int People = 50;

    private static readonly string[] Reports =
    [
        "Bonjour, je reçois plus mes mails", "Outlook ne se connecte pas", "the email is down", "ma messagerie ne marche plus",
        "impossible d'envoyer un courriel depuis ce matin",
    ];

    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(
        ["bruno"],
        desk =>
        [
            .. desk.RoomArguments,
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Level=1", $"--Technicians:0:Xmpp={desk.Jid("bruno")}",
        ],
        staff: People);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task FiftyPeopleWritingAboutAnOpenOutage_KnownAnswerFirstAndResolutionExactlyOnce()
    {
        await using var bruno = _desk.Technician("bruno", "Bruno");
        await bruno.JoinedAsync("/outage list", "Aucun incident majeur");
        await bruno.SayInRoomAsync("/outage open messagerie les mails ne partent plus");
        await bruno.ExpectInRoomAsync("Incident majeur M1 ouvert : messagerie");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(_desk.Staff.Select((s, i) => Task.Run(async () =>
        {
            await s.SayAsync(Reports[i % Reports.Length]);
            await s.ExpectAsync(TimeSpan.FromSeconds(60), "M1", "1. ", "2. ");
        })));
        output.WriteLine($"50 known-outage answers in {clock.Elapsed.TotalSeconds:0.0} s");

        await bruno.SayInRoomAsync("/outage resolve M1 le serveur de messagerie a été redémarré");
        await bruno.ExpectInRoomAsync("M1 résolu");
        clock.Restart();
        await Task.WhenAll(_desk.Staff.Select(s => s.ExpectAsync(TimeSpan.FromSeconds(60), "(M1)", "le serveur de messagerie a été redémarré")));
        output.WriteLine($"50 resolution notices in {clock.Elapsed.TotalSeconds:0.0} s");

        // Anything repeated would have arrived by now (the outbox is drained every second).
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var person in _desk.Staff)
        {
            lock (person.Transcript)
            {
                Assert.Single(person.Transcript, t => t.Contains("M1", StringComparison.Ordinal) && t.Contains("1. ", StringComparison.Ordinal) && !t.Contains("redémarré", StringComparison.Ordinal));
                Assert.Single(person.Transcript, t => t.Contains("le serveur de messagerie a été redémarré", StringComparison.Ordinal));
                Assert.DoesNotContain(person.Transcript, t => t.Contains("beaucoup de demandes", StringComparison.Ordinal));
            }
        }

        // One line per outage in the room: no ticket, no line per report.
        lock (bruno.Transcript)
        {
            Assert.DoesNotContain(bruno.Transcript, t => t.Contains("Nouveau ticket", StringComparison.Ordinal));
        }

        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        Assert.Empty(new TicketStore(database).All());
        var outages = new OutageStore(database);
        Assert.Equal(People, outages.People(1).Count);
        Assert.All(outages.Notices(1), n => Assert.NotNull(n.SentAt));
    }
}
