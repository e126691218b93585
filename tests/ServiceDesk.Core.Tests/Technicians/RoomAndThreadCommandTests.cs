using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>
/// Commands typed in the technicians' room and in a ticket's thread (issue 12): errors and usage hints are seen only by
/// the technician who typed them ("Errors and usage hints answer a technician privately … never in the channel"), and a
/// command in a ticket's thread without a number is about that ticket, answered in that thread.
/// </summary>
public sealed class RoomAndThreadCommandTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    [Theory]
    [InlineData("/take", "Usage : /take N")]
    [InlineData("/tkae 1", "Commande inconnue : /tkae")]
    [InlineData("/take 99", "Aucun ticket #99.")]
    [InlineData("/help", "Commandes (numéro de ticket")]
    public async Task InRoom_MistakeOrHint_OnlyTheTechnicianWhoTypedItSeesIt(string typed, string expected)
    {
        await _desk.InRoomAsync(Bruno, "Bruno", typed);

        var answer = Assert.Single(_desk.Last);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Equal(Room, answer.To);
        Assert.Equal(Bruno, answer.OnlyFor);
        Assert.Equal(Bruno, answer.AsPlainMessage()!.To);
    }

    [Fact]
    public async Task InRoom_EnglishTechnicianMistake_PrivateAndInEnglish()
    {
        await _desk.InRoomAsync(Sam, "Sam", "/resolve 1 maybe");

        var answer = Assert.Single(_desk.Last);
        Assert.Equal("No ticket #1.", answer.Text);
        Assert.Equal(Sam, answer.OnlyFor);
    }

    [Fact]
    public async Task InRoom_SuccessfulCommand_AnsweredToTheRoomAsBefore()
    {
        _desk.Open(Alice);

        await _desk.InRoomAsync(Bruno, "Bruno", "/take 1");

        Assert.Contains(_desk.Last, m => m.To == Room && m.OnlyFor is null && m.Text.StartsWith("Vous avez pris #1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/take")]
    [InlineData("take")]
    [InlineData("Take")]
    [InlineData(" /take")]
    public async Task InThread_TakeWithoutNumber_TakesThatThreadsTicketAnswerInTheThread(string typed)
    {
        _desk.Open(Eve);
        _desk.Open(Alice);

        await _desk.InThreadAsync(2, Bruno, typed);

        Assert.Equal("xmpp:bruno@localhost", _desk.Ticket(2).AssignedTo);
        Assert.Null(_desk.Ticket(1).AssignedTo);
        Assert.Contains("prend en charge votre demande #2", _desk.To(Alice), StringComparison.Ordinal);
        var answer = Assert.Single(_desk.Last, m => m.To == Room && m.Text.StartsWith("Vous avez pris #2", StringComparison.Ordinal));
        Assert.Equal(ThreadReference.ForTicket(2), answer.Thread);
    }

    [Fact]
    public async Task InThread_ResolveWithText_ResolvesThatTicketRequesterAskedToConfirm()
    {
        _desk.Open(Alice);
        await _desk.InThreadAsync(1, Bruno, "take");

        await _desk.InThreadAsync(1, Bruno, "/resolve definitive profil Outlook reconstruit");

        Assert.Equal(TicketStatus.Resolved, _desk.Ticket(1).Status);
        Assert.Contains("profil Outlook reconstruit", _desk.To(Alice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InThread_ResolveWithoutKind_UsageOnlyForTheTechnicianInTheThread()
    {
        _desk.Open(Alice);
        await _desk.InThreadAsync(1, Bruno, "take");

        await _desk.InThreadAsync(1, Bruno, "/resolve texte");

        var answer = Assert.Single(_desk.Last);
        Assert.Equal("Usage : /resolve N definitive|temporary solution", answer.Text);
        Assert.Equal((Bruno, ThreadReference.ForTicket(1)), (answer.OnlyFor, answer.Thread));
        Assert.NotEqual(TicketStatus.Resolved, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task InThread_CommandNamingAnotherTicket_KeepsThatNumber()
    {
        _desk.Open(Alice);
        _desk.Open(Eve);

        await _desk.InThreadAsync(1, Bruno, "/take 2");

        Assert.Equal("xmpp:bruno@localhost", _desk.Ticket(2).AssignedTo);
        Assert.Null(_desk.Ticket(1).AssignedTo);
    }

    [Fact]
    public async Task InThread_HolderWritesWordsStartingLikeACommand_GoToTheRequesterTicketStaysOpen()
    {
        _desk.Open(Alice);
        await _desk.InThreadAsync(1, Bruno, "take");

        await _desk.InThreadAsync(1, Bruno, "close the window and try again, please");

        Assert.Contains("close the window and try again, please", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.InProgress, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task InThread_EnglishTechnicianTakes_AnsweredInEnglishInTheThread()
    {
        _desk.Open(Alice, "Outlook rejects my password", language: "en");

        await _desk.InThreadAsync(1, Sam, "take");

        Assert.Contains("Sam Carter, from the support team, is now handling your request #1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains(_desk.Last, m => m.To == Room && m.Thread == ThreadReference.ForTicket(1) && m.Text.StartsWith("You took #1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InThread_SomeoneNotATechnicianTypesTake_NothingChangesRefusalOnlyForThem()
    {
        _desk.Open(Alice);

        await _desk.InThreadAsync(1, Eve, "/take");

        Assert.Null(_desk.Ticket(1).AssignedTo);
        Assert.All(_desk.Last, m => Assert.Equal(Eve, m.OnlyFor));
    }

    public void Dispose() => _desk.Dispose();
}
