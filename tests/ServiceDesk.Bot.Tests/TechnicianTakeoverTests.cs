using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Technicians take over in the same chat, end to end: real Prosody accounts for two requesters (Alice, Eve), two
/// technicians (Bruno at level 1, Denis at level 2 in "réseau") and the technicians' XEP-0045 room.
/// </summary>
public sealed class TechnicianTakeoverTests : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(
        ["alice", "eve", "bruno", "denis"],
        desk =>
        [
            .. desk.RoomArguments,
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Level=1", "--Technicians:0:Groups:0=bureautique",
            $"--Technicians:0:Xmpp={desk.Jid("bruno")}",
            "--Technicians:1:Name=Denis Roy", "--Technicians:1:Level=2", "--Technicians:1:Groups:0=réseau",
            $"--Technicians:1:Xmpp={desk.Jid("denis")}",
        ]);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Ticket_PostedInRoom_TakeRelaysBothWays()
    {
        await using var bruno = await _desk.TechnicianAsync("bruno", "Bruno");
        await using var alice = _desk.Person("alice");

        await alice.SayAsync("Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin");
        await alice.ExpectAsync("#1");
        await bruno.ExpectInRoomAsync("Nouveau ticket #1", "alice@localhost", "/show 1");
        await bruno.SayInRoomAsync("/take 1");
        await alice.ExpectAsync("Bruno Martin, de l'équipe support, prend en charge votre demande #1");
        await bruno.ExpectInRoomAsync("Vous avez pris #1");
        await bruno.SayAsync("Bonjour, pouvez-vous vérifier que Verr. Maj n'est pas activé ?");
        await alice.ExpectAsync("Bruno Martin : Bonjour, pouvez-vous vérifier que Verr. Maj n'est pas activé ?");
        await alice.SayAsync("Effectivement, c'était ça, merci !");
        await bruno.ExpectAsync("#1 · alice@localhost : Effectivement, c'était ça, merci !");

        Assert.DoesNotContain(alice.Transcript, t => t.Contains("Effectivement", StringComparison.Ordinal));
        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        var journal = new TicketStore(database).Find(new TicketNumber(1))!.Journal;
        Assert.Contains(journal, j => j is { Kind: JournalKind.TechnicianMessage, Actor: "xmpp:bruno@localhost" });
        Assert.Contains(journal, j => j is { Kind: JournalKind.RequesterMessage, Text: "Effectivement, c'était ça, merci !" });
    }

    [Fact]
    public async Task TransferEscalateCloseAndReport_FollowSeed002()
    {
        await using var bruno = await _desk.TechnicianAsync("bruno", "Bruno");
        await using var denis = await _desk.TechnicianAsync("denis", "Denis");
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("statut");
        await alice.ExpectAsync("aucune demande");

        await bruno.SayAsync("/new alice@localhost appel : imprimante du 3e hors ligne");
        await alice.ExpectAsync("Bruno Martin a enregistré votre demande sous le numéro #1");
        await bruno.SayAsync("/new alice@localhost appel : table des matières Word à refaire");
        await alice.ExpectAsync("#2");
        await bruno.SayAsync("/transfer 1 réseau imprimante injoignable sur le VLAN");
        await bruno.ExpectAsync("#1 transféré au groupe réseau (niveau 2) : transfert");
        await bruno.SayAsync("/escalate 2 plus le temps avec la file d'attente");
        await bruno.ExpectAsync("#2 escaladé au niveau 2 : escalade");

        await bruno.SayAsync("/close 1");
        await bruno.ExpectAsync("#1 ne peut pas être clôturé : aucune solution définitive");
        await denis.SayAsync("/take 1");
        await alice.ExpectAsync("Denis Roy, de l'équipe support, prend en charge votre demande #1");
        await denis.SayAsync("/report 1 10:00-10:25 port du switch réactivé | aucune | rien, clôture possible");
        await denis.ExpectAsync("Compte rendu 1 enregistré sur #1");
        await alice.ExpectAsync("Compte rendu d'intervention", "Pouvez-vous en accuser réception ?");
        await alice.SayAsync("oui");
        await alice.ExpectAsync("accusé de réception");
        await denis.SayAsync("/resolve 1 definitive port du switch réactivé");
        await alice.ExpectAsync("Votre demande #1 est résolue");
        await denis.SayAsync("/close 1");
        await denis.ExpectAsync("Seul(e) Bruno Martin");
        await bruno.SayAsync("/close 1");
        await bruno.ExpectAsync("#1 clôturé.");
        await alice.ExpectAsync("Votre demande #1 est clôturée.");

        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        var store = new TicketStore(database);
        var (first, second) = (store.Find(new TicketNumber(1))!, store.Find(new TicketNumber(2))!);
        Assert.Equal((1, 0), (first.Transfers.Count, first.Escalations.Count));
        Assert.Equal((0, 1), (second.Transfers.Count, second.Escalations.Count));
        Assert.Equal("réseau", first.Transfers[0].ToGroup);
        Assert.Equal(TicketStatus.Closed, first.Status);
        var report = Assert.Single(first.Reports);
        Assert.Equal(("Denis Roy", 25, "port du switch réactivé", "aucune", "rien, clôture possible", (bool?)true),
            (report.TechnicianName, report.TimeSpentMinutes, report.Done, report.Parts, report.Next, report.Acknowledged));
        Assert.True(report.End > report.Start);
    }

    [Fact]
    public async Task NonTechnician_TakeRefused_AndLearnsNothingOfAnotherRequestersTicket()
    {
        await using var alice = _desk.Person("alice");
        await using var eve = _desk.Person("eve");
        await alice.SayAsync("Je veux parler à un technicien : le VPN de la direction financière ne marche plus");
        await alice.ExpectAsync("#1");

        await eve.SayAsync("/take 1");
        await eve.ExpectAsync("Désolé, cette commande est réservée aux techniciens du support.");
        await eve.SayAsync("où en est le ticket 1 ?");
        var answer = await eve.ExpectAsync("#1");

        Assert.Contains("Je ne trouve pas de demande #1 parmi les vôtres", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(eve.Transcript, t => t.Contains("VPN", StringComparison.Ordinal) || t.Contains("alice", StringComparison.Ordinal));
        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        Assert.Null(new TicketStore(database).Find(new TicketNumber(1))!.AssignedTo);
    }

    [Fact]
    public async Task Taken_TechnicianOffline_RequesterWordsDeliveredWhenTheyReconnect()
    {
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("Je veux parler à un technicien : l'écran reste noir");
        await alice.ExpectAsync("#1");
        await using (var bruno = await _desk.TechnicianAsync("bruno", "Bruno"))
        {
            await bruno.SayInRoomAsync("/take 1");
            await alice.ExpectAsync("Bruno Martin, de l'équipe support, prend en charge votre demande #1");
        }

        await alice.SayAsync("Je suis partie en réunion, je reviens à 14 h");
        await using var back = _desk.Person("bruno");

        await back.ExpectAsync("#1 · alice@localhost : Je suis partie en réunion, je reviens à 14 h");
    }

    [Fact]
    public async Task Queue_TechniciansInTheRoom_SaysWhoIsOnDuty()
    {
        await using var bruno = await _desk.TechnicianAsync("bruno", "Bruno");
        await using var denis = await _desk.TechnicianAsync("denis", "Denis");

        await bruno.SayInRoomAsync("/queue");

        await bruno.ExpectInRoomAsync("Présents dans le salon : Bruno Martin, Denis Roy.");
    }
}
