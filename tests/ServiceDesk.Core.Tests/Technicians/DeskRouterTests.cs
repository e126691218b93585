using ServiceDesk.Core.Channels;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>Which messages may be held back into a burst, and how a burst reaches the dialogue.</summary>
public sealed class DeskRouterTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    [Fact]
    public void WaitsForMore_RequesterOpeningARequest_True()
    {
        Assert.True(_desk.Router.WaitsForMore(Message(Alice, "Bonjour")));
    }

    [Fact]
    public void WaitsForMore_TechnicianCommandRoomOrLiveRequester_False()
    {
        Assert.False(_desk.Router.WaitsForMore(Message(Bruno, "bonjour")));
        Assert.False(_desk.Router.WaitsForMore(Message(Eve, "/take 1")));
        Assert.False(_desk.Router.WaitsForMore(new InboundMessage(Room, "Bonjour", _desk.Clock.GetUtcNow()) { Speaker = Eve }));
    }

    [Fact]
    public async Task WaitsForMore_RequesterATechnicianTook_False()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");

        Assert.False(_desk.Router.WaitsForMore(Message(Alice, "Bonjour")));
    }

    [Fact]
    public async Task HandleAsync_BurstFromRequester_OneAnswerAndTicketPostedToRoom()
    {
        var answers = await _desk.Router.HandleAsync(
            [Message(Alice, "Bonjour"), Message(Alice, "je veux parler à un technicien, mon écran reste noir")], CancellationToken.None);

        Assert.Contains(answers, m => m.To == Alice && m.Text.Contains("#1", StringComparison.Ordinal));
        Assert.Contains(answers, m => m.To == Room && m.Text.Contains("Nouveau ticket #1", StringComparison.Ordinal));
    }

    private InboundMessage Message(ChannelAddress from, string text) => new(from, text, _desk.Clock.GetUtcNow());

    public void Dispose() => _desk.Dispose();
}
