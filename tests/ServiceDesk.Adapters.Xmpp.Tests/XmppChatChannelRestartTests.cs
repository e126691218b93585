using ServiceDesk.Adapters.Xmpp.Tests.Support;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests;

/// <summary>The server goes away and comes back: the channel reconnects on its own and loses nothing.</summary>
public sealed class XmppChatChannelRestartTests(ProsodyFixture prosody, ITestOutputHelper output) : IClassFixture<ProsodyFixture>
{
    [Fact]
    public async Task ServerRestarted_MessagesSentBothWaysMeanwhile_AreDeliveredOnceAfterReconnect()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var server = prosody.Server;
        await using var relay = TcpRelay.Start(server.Host, server.Port);
        await using var bot = new BotUnderTest(BotOptions.For(server, botUser, relay.Port), output);
        var toUser = new ChannelAddress("xmpp", server.Jid(alice));
        await bot.NextSessionAsync();

        await server.StopAsync();
        for (var i = 1; i <= 3; i++)
        {
            await bot.SendAsync(toUser, $"queued-{i}");
        }

        relay.Blocked = true;
        await server.StartAgainAsync();
        await using var user = await RawXmppClient.ConnectAsync(server, alice, ProsodyFixture.Password);
        await user.SendChatAsync(server.Jid(botUser), "while-away");
        relay.Blocked = false;
        var session = await bot.NextSessionAsync();
        var yielded = await bot.NextMessageAsync();
        var received = await user.BodiesUntilAsync(server.Jid(botUser), "queued-3");
        await bot.SendAsync(toUser, "after");

        Assert.False(session.Resumed);
        Assert.Equal("while-away", yielded.Text);
        Assert.Equal(["queued-1", "queued-2", "queued-3"], received);
        Assert.Equal(["after"], await user.BodiesUntilAsync(server.Jid(botUser), "after"));
    }

    [Fact]
    public async Task ResumptionFailsAfterRestart_UnacknowledgedMessages_AreSentOnceOnTheNewSession()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var server = prosody.Server;
        await using var relay = TcpRelay.Start(server.Host, server.Port);
        await using var bot = new BotUnderTest(BotOptions.For(server, botUser, relay.Port), output);
        var toUser = new ChannelAddress("xmpp", server.Jid(alice));
        await bot.NextSessionAsync();

        relay.StallConnections();
        for (var i = 1; i <= 3; i++)
        {
            await bot.SendAsync(toUser, $"unacked-{i}");
        }

        await Task.Delay(500);
        await server.StopAsync();
        await server.StartAgainAsync();
        var session = await bot.NextSessionAsync();
        await bot.SendAsync(toUser, "after");
        await using var user = await RawXmppClient.ConnectAsync(server, alice, ProsodyFixture.Password);

        Assert.False(session.Resumed);
        Assert.Equal(["unacked-1", "unacked-2", "unacked-3", "after"], await user.BodiesUntilAsync(server.Jid(botUser), "after"));
    }
}
