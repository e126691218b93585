using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.Xmpp.Tests.Support;
using ServiceDesk.Core.Channels;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests;

/// <summary>The channel against a real Prosody: a person and the bot talking, and the protocol chores.</summary>
public sealed class XmppChatChannelTests(ProsodyFixture prosody, ITestOutputHelper output) : IClassFixture<ProsodyFixture>
{
    private const string Stanzas = "urn:ietf:params:xml:ns:xmpp-stanzas";

    [Fact]
    public async Task ReadAllAsync_UserSendsChat_YieldsBodyWithSenderIdAndClockIgnoringChatStates()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        await using var bot = new BotUnderTest(BotOptions.For(prosody.Server, botUser), output, clock);
        await bot.NextSessionAsync();
        await using var user = await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password);

        var to = prosody.Server.Jid(botUser);
        await user.SendAsync($"<message type='chat' to='{to}' id='s1'><composing xmlns='http://jabber.org/protocol/chatstates'/></message>");
        await user.SendAsync($"<message type='chat' to='{to}' id='hello-1'><body>L'imprimante du 3e ne marche plus</body></message>");
        var inbound = await bot.NextMessageAsync();

        Assert.Equal(new ChannelAddress("xmpp", prosody.Server.Jid(alice)), inbound.From);
        Assert.False(inbound.From.IsRoom);
        Assert.Equal("L'imprimante du 3e ne marche plus", inbound.Text);
        Assert.Equal("hello-1", inbound.MessageId);
        Assert.Equal(clock.GetUtcNow(), inbound.ReceivedAt);
        Assert.Null(inbound.DisplayName);
        Assert.Null(inbound.Speaker);
    }

    /// <summary>
    /// The polite close is bounded in real time, whatever clock the channel was given: a server that answers nothing
    /// (paused) does not hold a stop, even on a frozen test clock (it once held a whole CI run).
    /// </summary>
    [Fact]
    public async Task Dispose_ServerAnswersNothing_ClockFrozen_EndsWithinTheCloseTimeout()
    {
        var botUser = await prosody.NewAccountAsync("bot");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        var bot = new BotUnderTest(BotOptions.For(prosody.Server, botUser), output, clock);
        await bot.NextSessionAsync();

        await prosody.Server.PauseAsync();
        try
        {
            await bot.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await prosody.Server.ResumeAsync();
        }
    }

    [Fact]
    public async Task SendAsync_WithChoicesEvenBeforeOnline_UserReceivesOneNumberedChat()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        await using var user = await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password);
        await using var bot = new BotUnderTest(BotOptions.For(prosody.Server, botUser), output);
        var question = new OutboundMessage(new ChannelAddress("xmpp", prosody.Server.Jid(alice)), "Qui est touché ?")
        {
            Choices = ["Juste moi", "Mon équipe"],
        };

        await bot.Channel.SendAsync(question, CancellationToken.None);
        await bot.SendAsync(new ChannelAddress("xmpp", prosody.Server.Jid(alice)), "fin");
        var bodies = await user.BodiesUntilAsync(prosody.Server.Jid(botUser), "fin");

        Assert.Equal(["Qui est touché ?\n\n1. Juste moi\n2. Mon équipe", "fin"], bodies);
    }

    [Fact]
    public async Task Ping_FromUser_IsAnsweredWithResult()
    {
        await using var pair = await ConnectPairAsync();

        await pair.User.SendAsync($"<iq type='get' id='ping-1' to='{pair.BotJid}'><ping xmlns='urn:xmpp:ping'/></iq>");
        var reply = await pair.User.ExpectAsync(e => (string?)e.Attribute("id") == "ping-1");

        Assert.Equal("result", (string?)reply.Attribute("type"));
        Assert.Equal(pair.BotJid, (string?)reply.Attribute("from"));
    }

    [Theory]
    [InlineData("get", "<query xmlns='jabber:iq:last'/>")]
    [InlineData("set", "<command xmlns='urn:example:unknown'/>")]
    public async Task UnknownIqRequest_FromUser_GetsCancelServiceUnavailable(string type, string payload)
    {
        await using var pair = await ConnectPairAsync();

        await pair.User.SendAsync($"<iq type='{type}' id='q-1' to='{pair.BotJid}'>{payload}</iq>");
        var reply = await pair.User.ExpectAsync(e => (string?)e.Attribute("id") == "q-1");

        Assert.Equal("error", (string?)reply.Attribute("type"));
        var error = reply.Element(XName.Get("error", "jabber:client"))!;
        Assert.Equal("cancel", (string?)error.Attribute("type"));
        Assert.NotNull(error.Element(XName.Get("service-unavailable", Stanzas)));
    }

    [Fact]
    public async Task Subscribe_FromUser_IsAcceptedAndReturned()
    {
        await using var pair = await ConnectPairAsync();
        var botBare = prosody.Server.Jid(pair.BotUser);

        await pair.User.SendAsync($"<presence type='subscribe' to='{botBare}'/>");
        var subscribed = await pair.User.ExpectAsync(e => IsPresence(e, botBare, "subscribed"));
        var subscribeBack = await pair.User.ExpectAsync(e => IsPresence(e, botBare, "subscribe"));

        Assert.NotNull(subscribed);
        Assert.NotNull(subscribeBack);
    }

    [Fact]
    public async Task ReadAllAsync_CertificateNotTrusted_NeverLogsIn()
    {
        var botUser = await prosody.NewAccountAsync("bot");
        var options = BotOptions.For(prosody.Server, botUser);
        options.TrustedCertificate = null;
        await using var bot = new BotUnderTest(options, output);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bot.NextSessionAsync(TimeSpan.FromSeconds(3)));
        Assert.True(bot.Logs.Contains(LogLevel.Warning, "AuthenticationException"));
    }

    [Fact]
    public async Task ReadAllAsync_WrongPassword_LogsAuthenticationErrorButNeverThePassword()
    {
        var botUser = await prosody.NewAccountAsync("bot");
        var options = BotOptions.For(prosody.Server, botUser);
        options.Password = "Wr0ng-Secret-Value";
        await using var bot = new BotUnderTest(options, output);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bot.NextSessionAsync(TimeSpan.FromSeconds(2)));
        Assert.True(bot.Logs.Contains(LogLevel.Error, "authentication"));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains(options.Password, StringComparison.Ordinal));
    }

    private static bool IsPresence(XElement element, string from, string type) =>
        element.Name.LocalName == "presence" && RawXmppClient.Bare(element) == from && (string?)element.Attribute("type") == type;

    private async Task<BotAndUser> ConnectPairAsync()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var bot = new BotUnderTest(BotOptions.For(prosody.Server, botUser), output);
        var session = await bot.NextSessionAsync();
        return new BotAndUser(bot, await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password), botUser, session.Jid);
    }

    private sealed record BotAndUser(BotUnderTest Bot, RawXmppClient User, string BotUser, string BotJid) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await User.DisposeAsync();
            await Bot.DisposeAsync();
        }
    }
}
