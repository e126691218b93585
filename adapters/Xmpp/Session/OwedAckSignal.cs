using System.Threading.Channels;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// Tells the session's owed-ack loop that an unrequested <c>&lt;a/&gt;</c> has become worth sending
/// (<see cref="StreamManagement.TakeOwedAck"/>); the loop then writes it on the thread that signalled.
/// </summary>
/// <remarks>
/// A signal set while one is already waiting adds nothing: the loop reads the count to send when it runs, which covers
/// every message kept by then. The loop goes on synchronously on the signalling thread (the reader that has just kept a
/// message) instead of on a thread-pool worker woken for it: Prosody asks for an ack after each stanza it sends, so an
/// owed ack follows nearly every message, and that wake-up was one more per message at the load bench's 200 people. The
/// loop only takes the ack lock (<see cref="StreamManagement.AckWriting"/>, held briefly by the read loop when it answers
/// a request) and hands a few bytes to the socket, so the signaller is held that long at most.
/// </remarks>
internal sealed class OwedAckSignal
{
    private readonly Channel<bool> signal = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, AllowSynchronousContinuations = true });

    /// <summary>1 while a signal waits for the loop, else 0.</summary>
    public int CurrentCount => signal.Reader.Count;

    public void Release() => signal.Writer.TryWrite(true);

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => signal.Reader.ReadAsync(cancellationToken);
}
