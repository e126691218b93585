using ServiceDesk.Core.Channels;
using ServiceDesk.Core.People;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tests.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.People;

/// <summary>
/// One person on Jabber and Slack, linked by configuration (issue 12: "One person may write from both channels: they are
/// two requesters unless configuration links them", and "every message reaches the person on the channel they used"),
/// as whole dialogues through the desk, in French and English.
/// </summary>
public sealed class CrossChannelDialogueTests : IDisposable
{
    private static readonly ChannelAddress AliceOnSlack = new("slack", "U0ALICE");
    private static readonly ChannelAddress EveOnSlack = new("slack", "U0EVE");

    private readonly TechnicianDeskFixture _desk = new(people: new PersonDirectory([new Person("Alice Martin", [Alice, AliceOnSlack])]));

    [Fact]
    public async Task Dialogue_StartsOnJabberConfirmedOnSlack_DraftKeptOneTicketAnsweredOnSlack()
    {
        await _desk.SayAsync(Alice, "Depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, depuis la mise à jour de vendredi. Toute l'équipe compta est bloquée. Je suis sur PC-0423 sous Windows 11.");
        Assert.Contains("C'est bien ça ?", _desk.To(Alice), StringComparison.Ordinal);

        await _desk.SayAsync(AliceOnSlack, "oui c'est ça");

        Assert.Contains("#1", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        Assert.Empty(_desk.To(Alice));
        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal(("xmpp:alice@localhost", "Alice Martin", "Outlook"), (ticket.RequesterId, ticket.RequesterName, ticket.Facts.Application));
    }

    [Fact]
    public async Task Dialogue_English_QuestionOnJabberAnswersOnSlack_OneConversation()
    {
        await _desk.SayAsync(Alice, "My VPN won't connect since last Monday, it says \"authentication failed\" every time");
        Assert.Contains("Did anything change recently", _desk.To(Alice), StringComparison.Ordinal);

        await _desk.SayAsync(AliceOnSlack, "no");
        Assert.Contains("Which computer", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        await _desk.SayAsync(Alice, "LT-2231 running Windows 10");
        Assert.Contains("Who is affected", _desk.To(Alice), StringComparison.Ordinal);
        await _desk.SayAsync(AliceOnSlack, "only me");
        await _desk.SayAsync(AliceOnSlack, "I'm blocked");
        Assert.Contains("Is that right?", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        await _desk.SayAsync(AliceOnSlack, "yes");

        Assert.Contains("#1", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal(("xmpp:alice@localhost", "VPN", "en"), (ticket.RequesterId, ticket.Facts.Application, ticket.Language));
    }

    [Fact]
    public async Task Status_FromSlack_ListsTheTicketOpenedFromJabberAndRefusesAnotherPersons()
    {
        await OpenFromJabberAsync();
        _desk.Open(Eve, "Le VPN décroche");

        await _desk.SayAsync(AliceOnSlack, "Où en est ma demande ?");
        Assert.Contains("#1 — « Depuis lundi Outlook affiche", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        Assert.DoesNotContain("#2", _desk.To(AliceOnSlack), StringComparison.Ordinal);

        await _desk.SayAsync(AliceOnSlack, "où en est la demande #2 ?");
        Assert.Contains("Je ne trouve pas de demande #2 parmi les vôtres", _desk.To(AliceOnSlack), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TechnicianWrites_ReachesThePersonWhereTheyLastWrote()
    {
        await OpenFromJabberAsync();
        await _desk.SayAsync(AliceOnSlack, "statut");

        await _desk.SayAsync(Bruno, "/take 1");
        Assert.Contains("Bruno Martin, de l'équipe support, prend en charge votre demande #1", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        Assert.Empty(_desk.To(Alice));

        await _desk.SayAsync(Bruno, "Pouvez-vous vérifier Verr. Maj ?");
        Assert.Equal("Bruno Martin : Pouvez-vous vérifier Verr. Maj ?", _desk.To(AliceOnSlack));

        // She answers from Jabber: her words reach Bruno, and what he says next reaches her there.
        await _desk.SayAsync(Alice, "C'était bien ça, merci");
        Assert.Equal("#1 · Alice Martin : C'était bien ça, merci", _desk.To(Bruno));
        await _desk.SayAsync(Bruno, "Parfait, je clôture.");
        Assert.Equal("Bruno Martin : Parfait, je clôture.", _desk.To(Alice));
        Assert.Empty(_desk.To(AliceOnSlack));
    }

    [Fact]
    public async Task LastChannel_SurvivesARestart_ResolutionAndRemindersGoThere()
    {
        await OpenFromJabberAsync();
        await _desk.SayAsync(AliceOnSlack, "statut");
        _desk.Restart();
        _desk.Clock.Advance(TimeSpan.FromMinutes(5));

        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/wait 1 Pouvez-vous redémarrer le poste ?");
        Assert.Contains("Pouvez-vous redémarrer le poste ?", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        _desk.Clock.Advance(TimeSpan.FromDays(2));
        await _desk.TickAsync();
        Assert.Contains("attend toujours un retour de votre part (Pouvez-vous redémarrer le poste ?)", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        Assert.Empty(_desk.To(Alice));

        await _desk.SayAsync(Bruno, "/resolve 1 definitive mot de passe réinitialisé");
        Assert.Contains("Votre demande #1 est résolue", _desk.To(AliceOnSlack), StringComparison.Ordinal);
        await _desk.SayAsync(AliceOnSlack, "oui");
        Assert.Contains("Merci pour votre confirmation", _desk.To(AliceOnSlack), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LookAlikes_NotLinked_StayTwoRequesters()
    {
        _desk.Open(Eve, "Le VPN décroche");

        // Eve's Slack account is not linked to her Jabber one: to the desk, a stranger.
        await _desk.SayAsync(EveOnSlack, "Où en est ma demande ?");
        Assert.Contains("Vous n'avez aucune demande en cours", _desk.To(EveOnSlack), StringComparison.Ordinal);
        await _desk.SayAsync(EveOnSlack, "où en est la demande #1 ?");
        Assert.Contains("Je ne trouve pas de demande #1 parmi les vôtres", _desk.To(EveOnSlack), StringComparison.Ordinal);

        await _desk.SayAsync(Bruno, "/say 1 Je regarde.");
        Assert.Equal("Bruno Martin : Je regarde.", _desk.To(Eve));
        Assert.Empty(_desk.To(EveOnSlack));
    }

    [Fact]
    public void TurnScope_SlackAndJabberMessagesOfOnePerson_HoldTheSameKey()
    {
        var reach = _desk.Services.Reach!;
        var fromSlack = reach.Identify(new InboundMessage(AliceOnSlack, "bonjour", _desk.Clock.GetUtcNow()));
        var fromJabber = reach.Identify(new InboundMessage(Alice, "bonjour", _desk.Clock.GetUtcNow()));

        Assert.Equal(TurnScope.Of(fromJabber, _desk.Services).Keys, TurnScope.Of(fromSlack, _desk.Services).Keys);
        Assert.Equal(["person:xmpp:alice@localhost"], TurnScope.Of(fromSlack, _desk.Services).Keys);
    }

    private async Task OpenFromJabberAsync()
    {
        await _desk.SayAsync(Alice, "Depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, depuis la mise à jour de vendredi. Toute l'équipe compta est bloquée. Je suis sur PC-0423 sous Windows 11.");
        await _desk.SayAsync(Alice, "oui c'est ça");
        Assert.Equal(TicketStatus.New, _desk.Ticket(1).Status);
    }

    public void Dispose() => _desk.Dispose();
}
