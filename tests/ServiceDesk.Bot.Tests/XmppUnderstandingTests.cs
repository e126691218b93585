using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Issue 13's important dialogues again, end to end over a real Prosody with the technicians' room: never stuck on
/// answers that do not fit, anger heard before any question, a confidential request kept from the room and from
/// technicians outside its group, and a technician answered in English.
/// </summary>
public sealed class XmppUnderstandingTests : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(
        ["alice", "bob", "bruno", "rose", "sam"],
        desk =>
        [
            .. desk.RoomArguments, "--Dialogue:BurstPause=00:00:01",
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Groups:0=bureautique", $"--Technicians:0:Xmpp={desk.Jid("bruno")}",
            "--Technicians:1:Name=Rose Hamel", "--Technicians:1:Groups:0=rh", $"--Technicians:1:Xmpp={desk.Jid("rose")}",
            "--Technicians:2:Name=Sam Carter", "--Technicians:2:Language=en", $"--Technicians:2:Xmpp={desk.Jid("sam")}",
        ]);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task NeverStuck_FrenchSameWrongAnswer_RephrasedThenHandedToATechnician()
    {
        await using var alice = _desk.Person("alice");

        await alice.SayAsync("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, bloqué");
        await alice.ExpectAsync("Qui est touché");
        await alice.SayAsync("banane");
        await alice.ExpectAsync("Je n'ai pas bien saisi");
        await alice.SayAsync("banane");
        await alice.ExpectAsync("Je reformule", "« juste moi »", "technicien");
        await alice.SayAsync("banane");
        await alice.ExpectAsync("Pour ne pas vous faire répéter", "#1", "un technicien va reprendre cette conversation");

        Assert.True(Assert.Single(_desk.Tickets()).HumanRequested);
    }

    [Fact]
    public async Task AngerFirst_EnglishWithAnOpenTicket_EmpathyBeforeTheQuestion()
    {
        await using var bob = _desk.Person("bob");
        await bob.SayAsync("I want to talk to a technician, my laptop won't start");
        await bob.ExpectAsync("#1");

        await bob.SayAsync("THIS IS UNACCEPTABLE, STILL NOTHING AND NOBODY DOES ANYTHING!!!");
        await bob.ExpectAsync("I understand your frustration", "technician");
        await bob.ExpectAsync("You already have an open request");
    }

    [Fact]
    public async Task Confidential_FrenchHrMatter_OnlyTheGroupSeesItNeverTheRoom()
    {
        await using var bruno = _desk.Technician("bruno", "Bruno");
        await bruno.JoinedAsync("/queue", "ticket");
        await using var rose = _desk.Person("rose");
        await using var alice = _desk.Person("alice");

        await alice.SayAsync("Je voudrais consulter l'historique de navigation de mon collègue");
        await alice.ExpectAsync("confidentielle", "seuls les membres du groupe « rh »");
        await rose.ExpectAsync("Nouvelle demande confidentielle #1", "/show 1");

        await bruno.SayAsync("/show 1");
        await bruno.ExpectAsync("Aucun ticket #1.");
        await bruno.SayInRoomAsync("/queue");
        await bruno.ExpectInRoomAsync("Aucun ticket ouvert dans cette file.");
        await rose.SayAsync("/show 1");
        await rose.ExpectAsync("historique de navigation", "confidentiel");

        Assert.DoesNotContain(bruno.Transcript, t => t.Contains("#1", StringComparison.Ordinal) && !t.Contains("Aucun ticket", StringComparison.Ordinal));
        Assert.Equal(RequestOutcome.Confidential, Assert.Single(_desk.Tickets()).Outcome);
    }

    [Fact]
    public async Task EnglishTechnician_CommandsAnsweredInEnglish()
    {
        await using var sam = _desk.Person("sam");
        await using var bob = _desk.Person("bob");
        await bob.SayAsync("I want to talk to a technician, my laptop won't start");
        await bob.ExpectAsync("#1");

        await sam.SayAsync("/queue");
        await sam.ExpectAsync("1 ticket(s):", "due");
        await sam.SayAsync("/show 1");
        await sam.ExpectAsync("Requester:", "Owner (level 1)");
        await sam.SayAsync("/take 1");
        await sam.ExpectAsync("You took #1");
        await bob.ExpectAsync("Sam Carter");
    }
}
