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
