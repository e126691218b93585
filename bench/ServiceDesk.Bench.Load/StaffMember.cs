using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Adapters.Xmpp;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// One simulated member of staff: a real account on the bench's Prosody, logged in with the project's own
/// XMPP client, who says something and waits for the answer, timing it.
/// </summary>
internal sealed class StaffMember : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(long At, string Text)> _received = Channel.CreateUnbounded<(long, string)>();
    private readonly IChatChannel _channel;
    private readonly Task _reading;

    public StaffMember(ProsodyServer server, string user, string password)
    {
        User = user;
        _channel = XmppChannelFactory.Create(new XmppOptions
        {
            Jid = server.Jid(user), Password = password, Host = server.Host, Port = server.Port,
            TrustedCertificate = server.CertificatePath, Resource = "bench", WarmUpRounds = 0,
        }, TimeProvider.System, NullLoggerFactory.Instance);
        _reading = ReadAsync();
    }

    public string User { get; }

    private int _receivedCount;

    /// <summary>How many messages this person received so far.</summary>
    public int ReceivedCount => Volatile.Read(ref _receivedCount);

    /// <summary>Every message received, for a failed conversation's report.</summary>
    public List<string> Transcript { get; } = [];

    /// <summary>
    /// Sends <paramref name="text"/> and waits for a message containing <paramref name="expected"/>; returns the
    /// time to the first message received after sending (the reply latency), or null when the expected answer
    /// did not come within <paramref name="timeout"/>.
    /// </summary>
    public async Task<double?> AskAsync(ChannelAddress to, string text, string expected, TimeSpan timeout)
    {
        while (_received.Reader.TryRead(out _))
        {
            // Late extras of the previous turn are not this turn's answer.
        }

        var sent = Stopwatch.GetTimestamp();
        await _channel.SendAsync(new OutboundMessage(to, text), CancellationToken.None).ConfigureAwait(false);
        using var limit = new CancellationTokenSource(timeout);
        double? first = null;
        try
        {
            while (true)
            {
                var (at, reply) = await _received.Reader.ReadAsync(limit.Token).ConfigureAwait(false);
                first ??= Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds;
                if (reply.Contains(expected, StringComparison.Ordinal))
                {
                    return first;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_channel is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        await foreach (var message in _channel.ReadAllAsync(_stop.Token).ConfigureAwait(false))
        {
            var at = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _receivedCount);
            lock (Transcript)
            {
                Transcript.Add(message.Text);
            }

            await _received.Writer.WriteAsync((at, message.Text)).ConfigureAwait(false);
        }
    }
}
