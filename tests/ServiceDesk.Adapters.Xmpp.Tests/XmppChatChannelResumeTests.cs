using ServiceDesk.Adapters.Xmpp.Tests.Support;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests;

/// <summary>XEP-0198 in practice: the bot's TCP connection is cut abruptly (through a relay) while messages flow both ways.</summary>
public sealed class XmppChatChannelResumeTests(ProsodyFixture prosody, ITestOutputHelper output) : IClassFixture<ProsodyFixture>
{
    [Fact]
    public async Task ConnectionDroppedTwice_WhileMessagesFlow_ResumesWithNothingLostOrDuplicated()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        await using var relay = TcpRelay.Start(prosody.Server.Host, prosody.Server.Port);
        await using var bot = new BotUnderTest(BotOptions.For(prosody.Server, botUser, relay.Port), output);
        await using var user = await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password);
        var toUser = new ChannelAddress("xmpp", prosody.Server.Jid(alice));
        var toBot = prosody.Server.Jid(botUser);
        Assert.False((await bot.NextSessionAsync()).Resumed);

        for (var round = 1; round <= 2; round++)
        {
            await SendAsync(bot, toUser, round, 1, 10);
            relay.DropConnections();
            await SendAsync(bot, toUser, round, 11, 20);
            for (var i = 1; i <= 10; i++)
            {
                await user.SendChatAsync(toBot, $"in-{round}-{i}");
            }

            Assert.True((await bot.NextSessionAsync()).Resumed);
        }

        await bot.SendAsync(toUser, "out-end");
        await user.SendChatAsync(toBot, "in-end");
        var received = await user.BodiesUntilAsync(toBot, "out-end");
        var yielded = await bot.TextsUntilAsync("in-end");

        Assert.Equal([.. Expected("out", 20), "out-end"], received);
        Assert.Equal([.. Expected("in", 10), "in-end"], yielded);
    }

    [Fact]
    public async Task ConnectionGoesSilent_KeepAliveUnanswered_ReconnectsResumesAndDeliversOnce()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        await using var relay = TcpRelay.Start(prosody.Server.Host, prosody.Server.Port);
        var timings = TestTimings.Fast with { KeepAliveInterval = TimeSpan.FromMilliseconds(300) };
        await using var bot = new BotUnderTest(BotOptions.For(prosody.Server, botUser, relay.Port), output, timings: timings);
        await using var user = await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password);
        var toUser = new ChannelAddress("xmpp", prosody.Server.Jid(alice));
        await bot.NextSessionAsync();

        relay.StallConnections();
        await bot.SendAsync(toUser, "into-the-void");
        var resumed = await bot.NextSessionAsync();
        await bot.SendAsync(toUser, "end");

        Assert.True(resumed.Resumed);
        Assert.Equal(["into-the-void", "end"], await user.BodiesUntilAsync(prosody.Server.Jid(botUser), "end"));
        Assert.True(bot.Logs.Contains(Microsoft.Extensions.Logging.LogLevel.Warning, "No answer to the last keep-alive"));
    }

    private static async Task SendAsync(BotUnderTest bot, ChannelAddress to, int round, int from, int until)
    {
        for (var i = from; i <= until; i++)
        {
            await bot.SendAsync(to, $"out-{round}-{i}");
        }
    }

    private static IEnumerable<string> Expected(string prefix, int perRound) =>
        from round in Enumerable.Range(1, 2) from i in Enumerable.Range(1, perRound) select $"{prefix}-{round}-{i}";
}
