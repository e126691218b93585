using System.Threading.Channels;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// A chat channel faked by hand (our own port): <see cref="Receive"/> is someone typing, <see cref="SaidTo"/> what the
/// bot answered them, one message a line.
/// </summary>
/// <param name="name">The channel's name: two fakes with different names stand for two networks in one bot.</param>
internal sealed class FakeChatChannel(string name = "fake") : IChatChannel
{
    private readonly Channel<InboundMessage> _inbound = Channel.CreateUnbounded<InboundMessage>();
    private readonly Lock _lock = new();
    private readonly List<OutboundMessage> _sent = [];
    private readonly List<InboundMessage> _kept = [];

    public string Name => name;

    /// <summary>Someone types <paramref name="text"/>; <paramref name="id"/> is the network's message id, when it gives one.</summary>
    public void Receive(string user, string text, string? id = null) =>
        _inbound.Writer.TryWrite(new InboundMessage(new ChannelAddress(Name, user), text, TimeProvider.System.GetUtcNow()) { DisplayName = user, MessageId = id });

    /// <summary>Everything the bot said to <paramref name="user"/>, choices included.</summary>
    public string SaidTo(string user)
    {
        lock (_lock)
        {
            return string.Join('\n', _sent.Where(m => m.To.Value == user).SelectMany(m => m.Choices.Prepend(m.Text)));
        }
    }

    /// <summary>Waits until the bot has said <paramref name="fragment"/> to <paramref name="user"/> (at least <paramref name="times"/> times).</summary>
    public async Task<string> WaitForAsync(string user, string fragment, TimeSpan timeout, int times = 1)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var said = SaidTo(user);
            if (Count(said, fragment) >= times)
            {
                return said;
            }

            Assert.True(waited.Elapsed < timeout, $"The bot did not say «{fragment}» to {user} within {timeout}. It said:\n{said}");
            await Task.Delay(50);
        }
    }

    public static int Count(string text, string fragment) =>
        (text.Length - text.Replace(fragment, "", StringComparison.Ordinal).Length) / fragment.Length;

    public IAsyncEnumerable<InboundMessage> ReadAllAsync(CancellationToken cancellationToken) => _inbound.Reader.ReadAllAsync(cancellationToken);

    /// <summary>The messages the desk said it kept (a network with delivery receipts would tell their senders), in order.</summary>
    public IReadOnlyList<InboundMessage> Kept
    {
        get
        {
            lock (_lock)
            {
                return [.. _kept];
            }
        }
    }

    public ValueTask MarkKeptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _kept.Add(message);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _sent.Add(message);
        }

        return ValueTask.CompletedTask;
    }
}
