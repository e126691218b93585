using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Console.Tests;

public sealed class ConsoleChatChannelTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAllAsync_TwoLines_YieldsTwoMessagesFromTheConsoleUserThenEnds()
    {
        var channel = new ConsoleChatChannel(new StringReader("l'imprimante ne marche plus\n1\n"), new StringWriter(), "alice", new FakeTimeProvider(Now));

        var messages = new List<InboundMessage>();
        await foreach (var message in channel.ReadAllAsync(CancellationToken.None))
        {
            messages.Add(message);
        }

        Assert.Equal(["l'imprimante ne marche plus", "1"], messages.Select(m => m.Text));
        Assert.All(messages, m => Assert.Equal(new ChannelAddress("console", "alice"), m.From));
        Assert.All(messages, m => Assert.Equal(Now, m.ReceivedAt));
    }

    [Fact]
    public async Task SendAsync_WithChoices_PrintsThemAsNumberedLines()
    {
        var output = new StringWriter();
        var channel = new ConsoleChatChannel(new StringReader(""), output, "alice", new FakeTimeProvider(Now));

        await channel.SendAsync(new OutboundMessage(new ChannelAddress("console", "alice"), "Qui est touché ?") { Choices = ["Juste moi", "Mon équipe"] }, CancellationToken.None);

        Assert.Equal("bot> Qui est touché ?\n     1. Juste moi\n     2. Mon équipe\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Render_MultilineText_IndentsFollowingLines() =>
        Assert.Equal("bot> Vos demandes :\n     #1 — imprimante", ConsoleChatChannel.Render(new OutboundMessage(new ChannelAddress("console", "a"), "Vos demandes :\n#1 — imprimante")));
}
