using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Tickets;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The whole bot, end to end: real accounts on a real Prosody, the real host and its LiteDB file.
/// </summary>
public sealed class XmppConversationTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(["alice", "bob", "carol"], "--Xmpp:MaxStanzaBytes=16384");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Conversation_FrenchOverProsody_OpensTicketStoredWithItsFactsAndAnswersStatus()
    {
        await using var alice = _desk.Person("alice");

        await alice.SayAsync("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        await alice.ExpectAsync("Qui est touché", "1. Juste moi");
        await alice.SayAsync("1");
        await alice.ExpectAsync("où en êtes-vous", "1. Bloqué(e)");
        await alice.SayAsync("bloquée");
        await alice.ExpectAsync("Si je vous comprends bien", "C'est bien ça ?");
        await alice.SayAsync("oui");
        await alice.ExpectAsync("C'est un problème connu", "Est-ce que cela a résolu");
        await alice.SayAsync("non");
        await alice.ExpectAsync("#1", "priorité P3");
        await alice.SayAsync("où en est ma demande ?");
        await alice.ExpectAsync("#1", "nouvelle");

        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        var ticket = Assert.Single(new TicketStore(database).All());
        Assert.Equal(("xmpp:alice@localhost", Impact.OneUser, Urgency.Blocked, Priority.P3), (ticket.RequesterId, ticket.Impact, ticket.Urgency, ticket.Priority));
        Assert.Equal("Outlook", ticket.Facts.Application);
        Assert.Contains("kb-outlook-password-prompt", ticket.TriedArticles);
        Assert.Contains(ticket.Journal, j => j.Kind == JournalKind.RequesterMessage && j.Text == "bloquée");
        Assert.Contains(ticket.Journal, j => j.Kind == JournalKind.ReplyToRequester && j.Text.Contains("#1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Conversation_EnglishOverProsody_IsAnsweredInEnglish()
    {
        await using var bob = _desk.Person("bob");

        await bob.SayAsync("Since last Monday the wifi keeps dropping every time, no error message, nothing changed, on LT-0042, my whole team is slowed down");
        await bob.ExpectAsync("If I understand you correctly", "your team");
        await bob.SayAsync("yes");
        await bob.ExpectAsync("This is a known problem", "Did that solve");
        await bob.SayAsync("no");
        await bob.ExpectAsync("#1", "priority P3");
    }

    [Fact]
    public async Task Conversation_KnownErrorSolvesIt_RecordedAsSelfServiceWithoutTicket()
    {
        await using var carol = _desk.Person("carol");

        await carol.SayAsync("comment partager mon agenda avec ma collègue ?");
        await carol.ExpectAsync("C'est un problème connu", "Est-ce que cela a résolu");
        await carol.SayAsync("oui");
        await carol.ExpectAsync("ravi que ce soit réglé");

        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        var record = Assert.Single(new TicketStore(database).All(), t => t.RequesterId == "xmpp:carol@localhost");
        Assert.Equal(RequestOutcome.SelfService, record.Outcome);
        Assert.Contains("kb-calendar-sharing", record.TriedArticles);
    }

    [Fact]
    public async Task Bot_ProsodyRestarted_IsBackWithinTenSecondsAndAnswersWhatWasSentMeanwhile()
    {
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("statut");
        await alice.ExpectAsync("aucune demande");

        await _desk.Server.StopAsync();
        await _desk.Server.StartAgainAsync();
        var restarted = System.Diagnostics.Stopwatch.StartNew();
        await alice.SayAsync("où en est ma demande ?");

        await alice.ExpectAsync(TimeSpan.FromSeconds(25), "aucune demande");
        var answeredAfter = restarted.Elapsed;
        output.WriteLine($"Answered {answeredAfter.TotalSeconds:0.0} s after Prosody was back.");
        Assert.True(answeredAfter < TimeSpan.FromSeconds(10), $"Answered {answeredAfter.TotalSeconds:0.0} s after the restart.");
    }

    [Fact]
    public async Task Bot_OversizedStanza_IsDroppedAndTheBotKeepsAnswering()
    {
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("statut");
        await alice.ExpectAsync("aucune demande");

        await alice.SayAsync(new string('x', 40_000));
        await alice.SayAsync("statut");

        await alice.ExpectAsync(TimeSpan.FromSeconds(30), "aucune demande");
    }
}
