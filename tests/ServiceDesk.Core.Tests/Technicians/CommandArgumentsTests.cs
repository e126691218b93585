using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Technicians;

public sealed class CommandArgumentsTests
{
    [Theory]
    [InlineData("42")]
    [InlineData("#42")]
    [InlineData("  #42  et la suite")]
    public void Ticket_NumberWithOrWithoutHash_Reads42(string text)
    {
        Assert.Equal(new TicketNumber(42), new CommandArguments(text).Ticket());
    }

    [Theory]
    [InlineData("")]
    [InlineData("quarante-deux")]
    [InlineData("#")]
    [InlineData("0")]
    [InlineData("-3")]
    public void Ticket_MissingOrNotANumber_ThrowsUsage(string text)
    {
        Assert.Throws<CommandUsageException>(() => new CommandArguments(text).Ticket());
    }

    [Fact]
    public void RequiredRest_NothingLeft_ThrowsUsage()
    {
        var arguments = new CommandArguments("42");
        arguments.Ticket();

        Assert.Throws<CommandUsageException>(arguments.RequiredRest);
    }

    [Fact]
    public void TakeOneOf_NamesWithSpaces_TakesTheLongestWholeMatch()
    {
        var arguments = new CommandArguments("poste de travail carte réseau HS");

        var taken = arguments.TakeOneOf(["poste", "poste de travail", "réseau"]);

        Assert.Equal(("poste de travail", "carte réseau HS"), (taken, arguments.Rest()));
    }

    [Fact]
    public void TakeOneOf_PrefixOfAWord_DoesNotMatch()
    {
        var arguments = new CommandArguments("réseaux lents");

        Assert.Null(arguments.TakeOneOf(["réseau"]));
        Assert.Equal("réseaux lents", arguments.Rest());
    }
}
