using ServiceDesk.Adapters.Xmpp.Tests.Support;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests;

/// <summary>
/// A message counts as handled for the server only once the reader asks for the next one (it has kept the
/// message by then). A bot that dies in between must get the message again from the server at its next start.
/// </summary>
public sealed class XmppChatChannelAcknowledgementTests(ProsodyFixture prosody, ITestOutputHelper output) : IClassFixture<ProsodyFixture>
{
    [Fact]
    public async Task BotDiesBeforeKeepingAMessage_TheNextBotGetsItFromTheServerAndNotTheOneKept()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var server = prosody.Server;
        var toBot = server.Jid(botUser);
        await using var dying = new DyingBot(server, botUser, output);
        var reader = dying.Channel.ReadAllAsync(dying.Stop.Token).GetAsyncEnumerator(dying.Stop.Token);
        var first = reader.MoveNextAsync();
        await dying.Online.WaitAsync(TestTimings.Wait);
        await using var user = await RawXmppClient.ConnectAsync(server, alice, ProsodyFixture.Password);

        await user.SendChatAsync(toBot, "kept");
        await user.SendChatAsync(toBot, "held");
        Assert.True(await first.AsTask().WaitAsync(TestTimings.Wait));
        Assert.Equal("kept", reader.Current.Text);
        Assert.True(await reader.MoveNextAsync().AsTask().WaitAsync(TestTimings.Wait));
        Assert.Equal("held", reader.Current.Text);

        // The server asks for an ack after every stanza it sends; give it time to ask and be answered.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await dying.DieAsync(reader);

        await using var next = new BotUnderTest(BotOptions.For(server, botUser), output);
        await next.NextSessionAsync();
        await user.SendChatAsync(toBot, "end");

        Assert.Equal(["held", "end"], await next.TextsUntilAsync("end"));
    }

    [Fact]
    public async Task BotStopsRightAfterAnswering_EveryAnswerIsAcknowledgedBeforeTheStreamCloses_AndReachesThePerson()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var server = prosody.Server;
        var bot = new BotUnderTest(BotOptions.For(server, botUser), output);
        await bot.NextSessionAsync();
        await using var user = await RawXmppClient.ConnectAsync(server, alice, ProsodyFixture.Password);
        var person = new ChannelAddress("xmpp", server.Jid(alice));

        // Queued and not yet written, written and not yet acknowledged: a clean stop must settle both.
        var answers = Enumerable.Range(1, 20)
            .Select(i => bot.Channel.SendConfirmedAsync(new OutboundMessage(person, $"answer {i}"), CancellationToken.None))
            .ToList();
        await bot.DisposeAsync();

        Assert.All(answers, a => Assert.True(a.IsCompletedSuccessfully, "an answer was not confirmed by the server before the stop"));
        Assert.Equal([.. Enumerable.Range(1, 20).Select(i => $"answer {i}")], await user.BodiesUntilAsync(server.Jid(botUser), "answer 20"));
    }

    [Fact]
    public async Task BatchesRead_WholeBatchCountsOnlyWhenTheNextIsAsked_SoABotDyingWithABatchGetsItAgain()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var server = prosody.Server;
        var toBot = server.Jid(botUser);
        await using var dying = new DyingBot(server, botUser, output);
        var reader = dying.Channel.ReadBatchesAsync(64, dying.Stop.Token).GetAsyncEnumerator(dying.Stop.Token);
        var first = reader.MoveNextAsync();
        await dying.Online.WaitAsync(TestTimings.Wait);
        await using var user = await RawXmppClient.ConnectAsync(server, alice, ProsodyFixture.Password);

        await user.SendChatAsync(toBot, "first");
        Assert.True(await first.AsTask().WaitAsync(TestTimings.Wait));
        Assert.Equal(["first"], reader.Current.Select(m => m.Text));

        // Several arrive while the reader works on the first: the next batch holds every one, in order.
        foreach (var i in Enumerable.Range(1, 10))
        {
            await user.SendChatAsync(toBot, $"m{i}");
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        List<string> batched = [];
        while (batched.Count < 10)
        {
            Assert.True(await reader.MoveNextAsync().AsTask().WaitAsync(TestTimings.Wait));
            batched.AddRange(reader.Current.Select(m => m.Text));
        }

        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => $"m{i}")], batched);

        // Not asked for the next batch: none of it counts as received, and the next bot gets it from the server.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await dying.DieAsync(reader);

        await using var next = new BotUnderTest(BotOptions.For(server, botUser), output);
        await next.NextSessionAsync();
        await user.SendChatAsync(toBot, "end");

        var again = await next.TextsUntilAsync("end");
        Assert.Equal("end", again[^1]);
        Assert.DoesNotContain("first", again);
        Assert.Contains("m10", again);
    }

    /// <summary>A bot reached through a relay, so that its connection can be cut as a crash cuts it (nothing more sent).</summary>
    private sealed class DyingBot : IAsyncDisposable
    {
        private readonly TaskCompletionSource online = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TcpRelay relay;
        private bool dead;

        public DyingBot(ProsodyServer server, string user, ITestOutputHelper output)
        {
            relay = TcpRelay.Start(server.Host, server.Port);
            Channel = new XmppChatChannel(
                BotOptions.For(server, user, relay.Port), TimeProvider.System, new CollectingLoggerFactory(output.WriteLine), TestTimings.Fast, _ => online.TrySetResult());
        }

        public XmppChatChannel Channel { get; }

        public CancellationTokenSource Stop { get; } = new();

        public Task Online => online.Task;

        /// <summary>Cuts the connection without a word, then stops reading: what was not acknowledged stays with the server.</summary>
        public async Task DieAsync<T>(IAsyncEnumerator<T> reader)
        {
            relay.Blocked = true;
            relay.DropConnections();
            await Stop.CancelAsync();
            await reader.DisposeAsync();
            await Channel.DisposeAsync();
            dead = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!dead)
            {
                await Channel.DisposeAsync();
            }

            await relay.DisposeAsync();
            Stop.Dispose();
        }
    }
}
