using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

public sealed class TakeAndRelayTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    [Fact]
    public async Task Take_OpenTicket_RequesterToldByNameRoomInformedOwnerSet()
    {
        _desk.Open(Alice);

        await _desk.SayAsync(Bruno, "/take #1");

        Assert.Contains("Bruno Martin, de l'équipe support, prend en charge votre demande #1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("#1 pris en charge par Bruno Martin", _desk.To(Room), StringComparison.Ordinal);
        Assert.Contains("Vous avez pris #1", _desk.To(Bruno), StringComparison.Ordinal);
        var ticket = _desk.Ticket(1);
        Assert.Equal(("xmpp:bruno@localhost", "xmpp:bruno@localhost", "xmpp:bruno@localhost", TicketStatus.InProgress),
            (ticket.Owner, ticket.AssignedTo, ticket.LiveWith, ticket.Status));
    }

    [Fact]
    public async Task Take_EnglishRequester_IsToldInEnglish()
    {
        _desk.Open(Alice, "Outlook rejects my password", language: "en");

        await _desk.SayAsync(Bruno, "/take 1");

        Assert.Contains("Bruno Martin, from the support team, is now handling your request #1", _desk.To(Alice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taken_RequesterWrites_ReachesTechnicianAndBotStaysSilent()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");

        await _desk.SayAsync(Alice, "J'ai redémarré, toujours pareil");

        Assert.Equal("#1 · alice@localhost : J'ai redémarré, toujours pareil", Assert.Single(_desk.Last).Text);
        Assert.Equal(Bruno, _desk.Last[0].To);
        Assert.Contains(_desk.Ticket(1).Journal, j => j is { Kind: JournalKind.RequesterMessage, Actor: "xmpp:alice@localhost", Text: "J'ai redémarré, toujours pareil" });
    }

    [Fact]
    public async Task Taken_TechnicianPlainMessage_ReachesRequesterSignedAndJournaled()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");

        await _desk.SayAsync(Bruno, "Pouvez-vous vérifier Verr. Maj ?");

        Assert.Equal("Bruno Martin : Pouvez-vous vérifier Verr. Maj ?", Assert.Single(_desk.Last).Text);
        Assert.Equal(Alice, _desk.Last[0].To);
        Assert.Contains(_desk.Ticket(1).Journal, j => j is { Kind: JournalKind.TechnicianMessage, Actor: "xmpp:bruno@localhost" });
    }

    [Fact]
    public async Task Say_FromTheRoom_ReachesRequesterAndConfirmsInRoom()
    {
        _desk.Open(Alice);

        await _desk.InRoomAsync(Bruno, "Bruno", "/say 1 Je regarde votre problème.");

        Assert.Equal("Bruno Martin : Je regarde votre problème.", _desk.To(Alice));
        Assert.Equal("Transmis au demandeur de #1.", _desk.To(Room));
    }

    [Fact]
    public async Task PlainMessage_TechnicianWithoutTakenTicket_GetsAHint()
    {
        await _desk.SayAsync(Bruno, "bonjour");

        Assert.Contains("/take N", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Take_LiveWithAnotherTechnician_Refused()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");

        await _desk.SayAsync(Chloe, "/take 1");

        Assert.Contains("déjà en conversation avec Bruno Martin", _desk.To(Chloe), StringComparison.Ordinal);
        Assert.Empty(_desk.To(Alice));
        Assert.Equal("xmpp:bruno@localhost", _desk.Ticket(1).LiveWith);
    }

    [Fact]
    public async Task Release_ThenRequesterWrites_BotAnswersAgain()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/release 1");
        Assert.Contains("Bruno Martin m'a rendu la main", _desk.To(Alice), StringComparison.Ordinal);

        await _desk.SayAsync(Alice, "où en est ma demande ?");

        Assert.Contains("#1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Null(_desk.Ticket(1).LiveWith);
    }

    [Fact]
    public async Task Take_ByNonTechnicianInPrivate_CourteousRefusalAndAudited()
    {
        _desk.Open(Alice);

        await _desk.SayAsync(Eve, "/take 1");

        Assert.StartsWith("Désolé, cette commande est réservée aux techniciens du support.", _desk.To(Eve), StringComparison.Ordinal);
        Assert.Single(_desk.Last);
        Assert.Equal((Eve, "take"), Assert.Single(_desk.Audit.Refused));
        Assert.Null(_desk.Ticket(1).AssignedTo);
    }

    [Fact]
    public async Task Take_ByNonTechnicianInRoom_RefusedAndAudited()
    {
        _desk.Open(Alice);

        await _desk.InRoomAsync(Eve, "Eve", "/take 1");

        Assert.Equal("Désolé Eve, les commandes du support sont réservées aux techniciens déclarés.", _desk.To(Room));
        Assert.Equal((Eve, "take"), Assert.Single(_desk.Audit.Refused));
    }

    [Fact]
    public async Task RoomChatter_NotACommand_IsIgnored()
    {
        await _desk.InRoomAsync(Bruno, "Bruno", "quelqu'un a vu le ticket de la compta ?");

        Assert.Empty(_desk.Last);
    }

    [Fact]
    public async Task Status_AboutSomeoneElsesTicket_LearnsNothing()
    {
        _desk.Open(Alice, "Le VPN de la direction financière ne marche plus");
        await _desk.SayAsync(Bruno, "/take 1");

        await _desk.SayAsync(Eve, "où en est le ticket 1 ?");

        var answer = _desk.To(Eve);
        Assert.Contains("Je ne trouve pas de demande #1 parmi les vôtres", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("VPN", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Bruno", answer, StringComparison.Ordinal);
        Assert.Empty(_desk.To(Bruno));
    }

    public void Dispose() => _desk.Dispose();
}
