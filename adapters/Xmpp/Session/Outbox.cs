using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// Messages accepted from the core and not yet handed to a stream. It survives disconnections, so
/// what is sent while offline goes out after the next login, and messages a failed resumption gave
/// back are put in front again, in their order.
/// </summary>
/// <remarks>
/// Bounded: when full, the oldest are kept and the newest refused with an error log (a sign the
/// server has been unreachable for long). One reader (the session's write loop) peeks, sends, then
/// commits, so a stanza leaves the outbox only once the session is responsible for it.
/// </remarks>
internal sealed partial class Outbox
{
    public const int DefaultCapacity = 10_000;

    private readonly Lock gate = new();
    private readonly List<OutgoingStanza> carried = [];

    /// <summary>Signalled when the last hold ends (<see cref="Hold"/>); the write loop waits on it while held.</summary>
    private readonly Channel<bool> released =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, AllowSynchronousContinuations = true });

    private int holds;
    private Action? holdEnded;
    private readonly Channel<OutgoingStanza> queue;
    private readonly ILogger logger;

    public Outbox(ILogger logger, int capacity = DefaultCapacity)
    {
        this.logger = logger;
        // Synchronous continuations: a stanza queued while the write loop waits wakes it on the thread that queued it (a
        // turn, the receipt after a keep), which writes it at once, instead of handing it to another thread; waking one
        // for each answer, receipt and chat state was a measurable share of the bot's CPU at the load bench's 200 people.
        // The loop only writes and returns to its wait, so the caller is held for the write to the socket at most.
        queue = Channel.CreateBounded<OutgoingStanza>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, AllowSynchronousContinuations = true },
            refused =>
            {
                LogFull(capacity);
                refused.Delivery?.TrySetException(new IOException("The XMPP outbox is full; the message was refused."));
            });
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return carried.Count + queue.Reader.Count;
            }
        }
    }

    public void Enqueue(OutgoingStanza stanza) => queue.Writer.TryWrite(stanza);

    /// <summary>True while a <see cref="Hold"/> is open: the write loop waits for <see cref="WaitReleasedAsync"/>.</summary>
    public bool IsHeld
    {
        get
        {
            lock (gate)
            {
                return holds > 0;
            }
        }
    }

    /// <summary>
    /// Until disposed, the write loop leaves what is queued where it is; when the last hold ends it writes it all, on
    /// the thread that ended it (synchronous continuations, as for <see cref="Enqueue"/>), then what
    /// <see cref="OnHoldEnded"/> set runs (the session's unrequested ack, when that write did not carry it).
    /// </summary>
    /// <remarks>
    /// A turn holds the outbox while its message's receipt, the ack owed for it and its answers are queued: written as
    /// they came, that was a write each (and an ack request and a server's ack for each answer), at the load bench's
    /// 200 people two or three writes per message where one says it all.
    /// </remarks>
    public IDisposable Hold()
    {
        lock (gate)
        {
            holds++;
        }

        return new HoldScope(this);
    }

    /// <summary>Runs after the last hold ends, once what it held is written (set once, by the connection).</summary>
    public void OnHoldEnded(Action ended) => holdEnded = ended;

    /// <summary>Completes when the last hold ends (at once if it ended since the loop last waited).</summary>
    public ValueTask<bool> WaitReleasedAsync(CancellationToken cancellationToken) => released.Reader.ReadAsync(cancellationToken);

    private void EndHold()
    {
        lock (gate)
        {
            if (--holds > 0)
            {
                return;
            }
        }

        released.Writer.TryWrite(true);
        holdEnded?.Invoke();
    }

    private sealed class HoldScope(Outbox outbox) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                outbox.EndHold();
            }
        }
    }

    /// <summary>Puts stanzas back in front of everything else (they are older than what is queued).</summary>
    public void Requeue(IReadOnlyList<OutgoingStanza> stanzas)
    {
        lock (gate)
        {
            carried.InsertRange(0, stanzas);
        }
    }

    public bool TryPeek(out OutgoingStanza stanza)
    {
        lock (gate)
        {
            if (carried.Count > 0)
            {
                stanza = carried[0];
                return true;
            }
        }

        return queue.Reader.TryPeek(out stanza!);
    }

    /// <summary>Removes the stanza last returned by <see cref="TryPeek"/>.</summary>
    public void Commit(OutgoingStanza stanza)
    {
        lock (gate)
        {
            if (carried.Count > 0 && ReferenceEquals(carried[0], stanza))
            {
                carried.RemoveAt(0);
                return;
            }
        }

        queue.Reader.TryRead(out _);
    }

    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (carried.Count > 0)
            {
                return ValueTask.FromResult(true);
            }
        }

        return queue.Reader.WaitToReadAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "XMPP outbox full ({Capacity} messages waiting); a new message was refused")]
    private partial void LogFull(int capacity);
}
