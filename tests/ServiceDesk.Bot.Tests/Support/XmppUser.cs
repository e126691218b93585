using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Adapters.Xmpp;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>A staff member with a real account on the test Prosody, chatting with the bot.</summary>
internal sealed class XmppUser : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<string> _received = Channel.CreateUnbounded<string>();
    private readonly IChatChannel _channel;
    private readonly ChannelAddress _bot;
    private readonly Task _reading;

    public XmppUser(ProsodyServer server, string user, string password, string bot)
    {
        _channel = XmppChannelFactory.Create(new XmppOptions
        {
            Jid = server.Jid(user),
            Password = password,
            Host = server.Host,
            Port = server.Port,
            TrustedCertificate = server.CertificatePath,
            Resource = "test",
        }, TimeProvider.System, NullLoggerFactory.Instance);
        _bot = new ChannelAddress("xmpp", server.Jid(bot));
        _reading = ReadAsync();
    }

    /// <summary>Everything the bot said so far, in order.</summary>
    public List<string> Transcript { get; } = [];

    public Task SayAsync(string text) => _channel.SendAsync(new OutboundMessage(_bot, text), CancellationToken.None).AsTask();

    /// <summary>Waits for a message from the bot containing every fragment; fails with the transcript after the timeout.</summary>
    public async Task<string> ExpectAsync(TimeSpan timeout, params string[] fragments)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var text = await _received.Reader.ReadAsync(limit.Token);
                if (fragments.All(f => text.Contains(f, StringComparison.Ordinal)))
                {
                    return text;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No message with [{string.Join(", ", fragments)}] within {timeout}. Bot said:\n{string.Join("\n---\n", Transcript)}");
        }
    }

    public Task<string> ExpectAsync(params string[] fragments) => ExpectAsync(TimeSpan.FromSeconds(20), fragments);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_channel is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        await foreach (var message in _channel.ReadAllAsync(_stop.Token))
        {
            lock (Transcript)
            {
                Transcript.Add(message.Text);
            }

            await _received.Writer.WriteAsync(message.Text);
        }
    }
}
