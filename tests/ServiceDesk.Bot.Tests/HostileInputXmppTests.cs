using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Hostile and odd input over a real Prosody: markup that looks like a DTD or entity bomb, query syntax and
/// JSON, forged technician commands, other people's ticket numbers, absurd slash commands, huge words,
/// right-to-left text and emoji, an empty body, a 10 MB stanza (refused by the server) and one past the bot's
/// own stanza limit. Nothing crashes, every message gets a courteous answer, nobody reaches another person's
/// ticket, and the bot's logs say what happened without an error.
/// </summary>
[Trait("Category", "Long")]
public sealed class HostileInputXmppTests : IAsyncLifetime
{
    /// <summary>Below Prosody's own limit for clients (256 KiB), so that a stanza between the two reaches the bot.</summary>
    private const int BotStanzaLimit = 64 * 1024;
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() =>
        _desk = await ProsodyDesk.StartAsync(["alice", "mallory", "bob"], "--Dialogue:BurstPause=0", $"--Xmpp:MaxStanzaBytes={BotStanzaLimit}");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Corpus_FromAnotherPerson_EachAnsweredWithoutStackTraceOrTheVictimsTicket()
    {
        await using var alice = _desk.Person("alice");
        await OpenVictimTicketAsync(alice);
        await using var mallory = _desk.Person("mallory");

        foreach (var text in HostileInputCorpus.Texts)
        {
            await mallory.SayAsync(text);
            var answer = await mallory.ExpectAsync(TimeSpan.FromSeconds(30));
            Assert.DoesNotContain("Exception", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
        }

        await mallory.SayAsync("annuler");
        await mallory.SayAsync("statut");
        await mallory.ExpectAsync(TimeSpan.FromSeconds(30), "demande");
        Assert.DoesNotContain(mallory.Transcript, t => t.Contains(HostileInputCorpus.VictimSecret, StringComparison.Ordinal) || t.Contains("Outlook", StringComparison.Ordinal));
        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        var victim = new TicketStore(database).Find(new TicketNumber(1));
        Assert.NotNull(victim);
        Assert.Equal(("xmpp:alice@localhost", TicketStatus.New), (victim.RequesterId, victim.Status));
        Assert.DoesNotContain(victim.Journal, j => j.Actor.Contains("mallory", StringComparison.Ordinal));

        var logs = _desk.Bot.Logs;
        Assert.True(logs.Count(LogLevel.Warning, "A message of 5000 characters from xmpp:mallory@localhost was cut") == 1, logs.Dump());
        foreach (var command in new[] { "/resolve", "/close", "/assign" })
        {
            Assert.True(logs.Count(LogLevel.Warning, $"Refused technician command {command} from xmpp:mallory@localhost") == 1, command + "\n" + logs.Dump());
        }

        Assert.True(logs.Count(LogLevel.Warning, "xmpp:mallory@localhost asked about ticket #1, which is someone else's") >= 1, logs.Dump());
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task EmptyBodyAndTenMegabyteStanza_AreDroppedAndEveryoneIsStillAnswered()
    {
        await using var alice = _desk.Person("alice");
        await using (var mallory = _desk.Person("mallory"))
        {
            await mallory.SayAsync("");
            await mallory.SayAsync(new string('y', 2 * BotStanzaLimit));
            await alice.SayAsync("statut");
            await alice.ExpectAsync(TimeSpan.FromSeconds(60), "aucune demande");
            await mallory.SayAsync(new string('x', 10 * 1024 * 1024));
            await alice.SayAsync("statut");
            await alice.ExpectAsync(TimeSpan.FromSeconds(60), "aucune demande");
        }

        await using var bob = _desk.Person("bob");
        await bob.SayAsync("statut");
        await bob.ExpectAsync(TimeSpan.FromSeconds(60), "aucune demande");
        Assert.DoesNotContain(bob.Transcript, t => t.Contains("xxxxxxxx", StringComparison.Ordinal) || t.Contains("yyyyyyyy", StringComparison.Ordinal));

        var logs = _desk.Bot.Logs;
        Assert.True(logs.Count(LogLevel.Warning, "XMPP: dropped an inbound <message> from mallory@localhost/", $"larger than the {BotStanzaLimit}-byte limit") == 1, logs.Dump());
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("yyyyyyyy", StringComparison.Ordinal));
    }

    private static async Task OpenVictimTicketAsync(XmppUser alice)
    {
        await alice.SayAsync($"Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur {HostileInputCorpus.VictimSecret}");
        await alice.ExpectAsync("1. Juste moi");
        await alice.SayAsync("1");
        await alice.ExpectAsync("1. Bloqué(e)");
        await alice.SayAsync("bloquée");
        await alice.ExpectAsync("C'est bien ça ?");
        await alice.SayAsync("oui");
        await alice.ExpectAsync("Est-ce que cela a résolu");
        await alice.SayAsync("non");
        await alice.ExpectAsync("#1", "priorité P3");
    }
}
