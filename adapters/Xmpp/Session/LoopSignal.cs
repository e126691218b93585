using System.Threading.Channels;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// Wakes one of the session's loops that write a few bytes when something becomes worth sending: the owed-ack loop
/// (an unrequested <c>&lt;a/&gt;</c>, <see cref="StreamManagement.TakeOwedAck"/>) and the owed-request loop (an
/// <c>&lt;r/&gt;</c> put off, <see cref="AckRequestPacing"/>). The loop then writes on the thread that signalled.
/// </summary>
/// <remarks>
/// A signal set while one is already waiting adds nothing: the loop reads what to send when it runs, which covers
/// everything signalled by then. The loop goes on synchronously on the signalling thread (the reader that has just kept
/// a message, the desk's clock) instead of on a thread-pool worker woken for it: Prosody asks for an ack after each
/// stanza it sends, so an owed ack follows nearly every message, and that wake-up was one more per message at the load
/// bench's 200 people. The loops only take a lock held briefly by other writers and hand a few bytes to the socket, so
/// the signaller is held that long at most.
/// </remarks>
internal sealed class LoopSignal
{
    private readonly Channel<bool> signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, AllowSynchronousContinuations = true });

    /// <summary>1 while a signal waits for the loop, else 0.</summary>
    public int CurrentCount => signal.Reader.Count;

    public void Release() => signal.Writer.TryWrite(true);

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => signal.Reader.ReadAsync(cancellationToken);
}
