using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests;

/// <summary>What the channel does with a stanza bigger than it accepts (but small enough for the server to route).</summary>
public sealed class XmppChatChannelLimitsTests(ProsodyFixture prosody, ITestOutputHelper output) : IClassFixture<ProsodyFixture>
{
    [Fact]
    public async Task ReadAllAsync_MessageLargerThanMaxStanzaBytes_IsDroppedWithLogAndChannelKeepsWorking()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var options = BotOptions.For(prosody.Server, botUser);
        options.MaxStanzaBytes = 8192;
        await using var bot = new BotUnderTest(options, output);
        await bot.NextSessionAsync();
        await using var user = await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password);
        var to = prosody.Server.Jid(botUser);

        await user.SendChatAsync(to, "before");
        await user.SendChatAsync(to, new string('x', 64 * 1024));
        await user.SendChatAsync(to, "after");
        var texts = await bot.TextsUntilAsync("after");
        var recovered = await bot.NextSessionAsync();
        await user.SendChatAsync(to, "later");

        Assert.Equal(["before", "after"], texts);
        Assert.Equal("later", (await bot.NextMessageAsync()).Text);
        Assert.True(recovered.Resumed);
        Assert.True(bot.Logs.Contains(LogLevel.Warning, $"dropped an inbound <message> from {prosody.Server.Jid(alice)}/"));
    }
}
