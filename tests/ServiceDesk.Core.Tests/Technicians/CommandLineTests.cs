using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Core.Tests.Technicians;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("/take 42", "take", "42")]
    [InlineData("  /TAKE   #42  ", "take", "#42")]
    [InlineData("/queue", "queue", "")]
    [InlineData("/say 42 Bonjour, je regarde ça", "say", "42 Bonjour, je regarde ça")]
    [InlineData("/awaiting-user", "awaiting-user", "")]
    public void Parse_SlashCommand_ReturnsNameAndArguments(string text, string name, string arguments)
    {
        var line = CommandLine.Parse(text);

        Assert.Equal(new CommandLine(name, arguments), line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("take 42")]
    [InlineData("/")]
    [InlineData("/ take")]
    [InlineData("//take 42")]
    [InlineData("http://example.org")]
    [InlineData("/take? 42")]
    public void Parse_NotACommand_ReturnsNull(string text)
    {
        Assert.Null(CommandLine.Parse(text));
    }
}
