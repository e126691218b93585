using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Core.Recognition.Tests.Tickets;

public sealed class TicketReferenceRecognizerTests
{
    [Theory]
    [InlineData("#42")]
    [InlineData("ticket 42")]
    [InlineData("Ticket n°42")]
    [InlineData("où en est la demande n° 42 ?")]
    [InlineData("ma demande 42")]
    [InlineData("status of request 42")]
    [InlineData("incident 42 still open")]
    [InlineData("ticket no 42")]
    public void Find_Reference_Returns42(string text) => Assert.Equal([42], TicketReferenceRecognizer.Find(text));

    [Theory]
    [InlineData("42")]
    [InlineData("le 12/03")]
    [InlineData("à 14h")]
    [InlineData("ticket à 14h")]
    [InlineData("j'ai 3 écrans")]
    [InlineData("")]
    public void Find_NoReference_ReturnsEmpty(string text) => Assert.Empty(TicketReferenceRecognizer.Find(text));

    [Fact]
    public void Find_TwoReferences_ReturnsBothInOrder() =>
        Assert.Equal([12, 7], TicketReferenceRecognizer.Find("fusionner le ticket 12 avec #7"));
}
