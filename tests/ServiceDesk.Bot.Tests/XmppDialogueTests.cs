using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The important dialogues again, end to end: real accounts on a real Prosody, the real host with its
/// turn lanes (burst pause included) and its LiteDB file.
/// </summary>
public sealed class XmppDialogueTests : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(["alice", "bob"], "--Dialogue:BurstPause=00:00:01.5");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Burst_ThreeMessagesTypedInARow_AreAnsweredOnceWithNothingAskedAgain()
    {
        await using var alice = _desk.Person("alice");

        await alice.SayAsync("Bonjour");
        await alice.SayAsync("Excel m'affiche « Le fichier est verrouillé » à chaque fois");
        await alice.SayAsync("depuis ce matin, rien n'a changé, je suis sur PC-0423");
        var answer = await alice.ExpectAsync("Qui est touché");

        Assert.DoesNotContain("Depuis quand", answer, StringComparison.Ordinal);
        Assert.Single(alice.Transcript, t => t.Contains("désolé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Correction_FrenchNonDepuisHier_UpdatesTheSinceFactInTheTicket()
    {
        await using var alice = _desk.Person("alice");

        await alice.SayAsync("Depuis ce matin Teams n'a plus de son à chaque fois, aucun message, rien n'a changé, sur PC-0423, juste moi, bloquée");
        await alice.ExpectAsync("Si je vous comprends bien");
        await alice.SayAsync("non, depuis hier");
        await alice.ExpectAsync("Si je vous comprends bien", "hier");
        await alice.SayAsync("oui");
        await alice.ExpectAsync("C'est un problème connu");
        await alice.SayAsync("non");
        await alice.ExpectAsync("#1");

        var ticket = Assert.Single(_desk.Tickets());
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var yesterday = TimeZoneInfo.ConvertTime(ticket.OpenedAt, paris).Date.AddDays(-1);
        Assert.Equal(yesterday, TimeZoneInfo.ConvertTime(ticket.Facts.Since!.Value, paris).DateTime);
    }

    [Fact]
    public async Task Refusal_EnglishMp3s_AreKindlyRefusedAndRecorded()
    {
        await using var bob = _desk.Person("bob");

        await bob.SayAsync("Can you download some MP3s for the conference opening?");
        await bob.ExpectAsync("Thank you for your request", "Unfortunately");

        Assert.Equal(RequestOutcome.Refused, Assert.Single(_desk.Tickets()).Outcome);
    }

    [Fact]
    public async Task HumanRequest_EnglishInTheMiddle_HandsOverWithoutPromisingATime()
    {
        await using var bob = _desk.Person("bob");

        await bob.SayAsync("My laptop won't start");
        await bob.ExpectAsync("Since when");
        await bob.SayAsync("I want to talk to a technician");
        await bob.ExpectAsync("#1", "I can't tell you exactly when");

        Assert.True(Assert.Single(_desk.Tickets()).HumanRequested);
    }

    [Fact]
    public async Task OpenOrUpdate_FrenchMessageAboutTheOpenTicket_IsAddedToItNotDuplicated()
    {
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("Depuis lundi Outlook plante à chaque fois, aucun message, rien n'a changé, sur PC-0423, juste moi, bloquée");
        await alice.ExpectAsync("Si je vous comprends bien");
        await alice.SayAsync("oui");
        await alice.ExpectAsync("C'est un problème connu");
        await alice.SayAsync("non");
        await alice.ExpectAsync("#1");

        await alice.SayAsync("Outlook a encore planté, maintenant il affiche « 0x800CCC0E »");
        await alice.ExpectAsync("Votre message concerne-t-il cette demande ?");
        await alice.SayAsync("1");
        await alice.ExpectAsync("#1");

        var ticket = Assert.Single(_desk.Tickets());
        Assert.Contains(ticket.Journal, j => j.Text.Contains("0x800CCC0E", StringComparison.Ordinal));
    }
}
