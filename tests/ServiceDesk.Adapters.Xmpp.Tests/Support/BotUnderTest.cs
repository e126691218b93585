using System.Threading.Channels;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Core.Channels;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

/// <summary>
/// The channel under test, read the way the host reads it (one ReadAllAsync loop), with what it
/// yields and the sessions it starts collected for the test to wait on.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<InboundMessage> messages = System.Threading.Channels.Channel.CreateUnbounded<InboundMessage>();
    private readonly Channel<SessionStart> sessions = System.Threading.Channels.Channel.CreateUnbounded<SessionStart>();
    private readonly Task reading;

    public BotUnderTest(XmppOptions options, ITestOutputHelper? output = null, TimeProvider? timeProvider = null, XmppTimings? timings = null)
    {
        Logs = new CollectingLoggerFactory(output is null ? null : output.WriteLine);
        Channel = new XmppChatChannel(options, timeProvider ?? TimeProvider.System, Logs, timings ?? TestTimings.Fast, s => sessions.Writer.TryWrite(s));
        reading = ReadAsync();
    }

    public XmppChatChannel Channel { get; }

    public CollectingLoggerFactory Logs { get; }

    public Task SendAsync(ChannelAddress to, string text) => Channel.SendAsync(new OutboundMessage(to, text), CancellationToken.None).AsTask();

    public async Task<SessionStart> NextSessionAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TestTimings.Wait);
        return await sessions.Reader.ReadAsync(limit.Token);
    }

    public async Task<InboundMessage> NextMessageAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TestTimings.Wait);
        return await messages.Reader.ReadAsync(limit.Token);
    }

    /// <summary>Texts yielded by the channel, up to and including <paramref name="last"/>.</summary>
    public async Task<List<string>> TextsUntilAsync(string last)
    {
        List<string> texts = [];
        while (texts.LastOrDefault() != last)
        {
            texts.Add((await NextMessageAsync()).Text);
        }

        return texts;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Channel.DisposeAsync();
        stop.Dispose();
    }

    private async Task ReadAsync()
    {
        await foreach (var message in Channel.ReadAllAsync(stop.Token))
        {
            await messages.Writer.WriteAsync(message);
        }
    }
}
