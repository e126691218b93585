namespace ServiceDesk.Core.Channels;

/// <summary>
/// The one seam between the service desk and a chat network (XMPP, Slack, the console).
/// </summary>
/// <remarks>
/// No protocol type crosses it: an adapter turns stanzas or JSON into <see cref="InboundMessage"/>
/// and renders <see cref="OutboundMessage"/> (numbered lines, buttons) as its network prefers.
/// <see cref="ReadAllAsync"/> is read by one consumer; <see cref="SendAsync"/> may be called
/// concurrently and must not lose a message the adapter accepted (it queues while offline).
/// A message counts as received, for the network, once the consumer asks for the next one: the consumer
/// keeps it durably first, and an adapter tells the network no earlier (XEP-0198 acks, Slack's envelope
/// acknowledgements), so that a crash in between leaves the message with the network to deliver again.
/// </remarks>
public interface IChatChannel
{
    /// <summary>Short channel name used in <see cref="ChannelAddress.Channel"/>: "xmpp", "slack", "console".</summary>
    string Name { get; }

    /// <summary>Messages from people, in the order the network delivered them, until cancelled.</summary>
    IAsyncEnumerable<InboundMessage> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="ReadAllAsync"/> a few at a time: waits for one message, then adds those the adapter already holds, up
    /// to <paramref name="max"/>, in order. Every message of a batch counts as received for the network once the consumer
    /// asks for the next batch, so the consumer can keep the whole batch durably in one write. By default one at a time.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<InboundMessage>> ReadBatchesAsync(int max, CancellationToken cancellationToken) =>
        ChannelBatches.OneAtATime(ReadAllAsync(cancellationToken), cancellationToken);

    /// <summary>Sends (or queues for sending) one message to a person or a room.</summary>
    ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Queues the message as <see cref="SendAsync"/> does, before returning (so calls keep their order without
    /// awaiting one another); the task completes once the message has surely left the process (where the network
    /// acknowledges what it received, as XMPP's XEP-0198 does, on that acknowledgement; else once written), which may be much later when the network is down, and fails if the adapter gave
    /// up on it. The desk forgets a handled message only then, so an answer still queued in memory at a crash
    /// is sent again at the next start. An adapter that sends at once completes it when the message is handed over.
    /// </summary>
    Task SendConfirmedAsync(OutboundMessage message, CancellationToken cancellationToken) => SendAsync(message, cancellationToken).AsTask();

    /// <summary>
    /// The desk has kept <paramref name="message"/> durably (its inbox): a network that can tell the sender so
    /// (XMPP delivery receipts) does it now, never earlier, since that promises the message is safe. Not called for
    /// a message the desk refused (rate limit). Does nothing by default.
    /// </summary>
    ValueTask MarkKeptAsync(InboundMessage message, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// The desk is listening to <paramref name="person"/> or working on their answer: a network that can show it
    /// (XMPP chat states, a typing indicator) does so until the next message sent to that person, or
    /// <see cref="ShowIdleAsync"/>. An adapter ends the signal by itself after a while, so that it never hangs
    /// after a failure. Does nothing by default.
    /// </summary>
    ValueTask ShowWorkingAsync(ChannelAddress person, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The desk's turn for <paramref name="person"/> ended; ends a signal <see cref="ShowWorkingAsync"/> left on, if any.</summary>
    ValueTask ShowIdleAsync(ChannelAddress person, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Until the returned scope is disposed, what is sent waits, then goes out together: a turn's answers, the receipt of
    /// the message it kept and the network's own acknowledgements in one write rather than one each. Nothing is refused or
    /// lost meanwhile; the scope is short (no waiting inside it). Holds nothing by default.
    /// </summary>
    IDisposable HoldWrites() => WritesNotHeld.Instance;
}

/// <summary>The scope <see cref="IChatChannel.HoldWrites"/> returns when a channel holds nothing.</summary>
internal sealed class WritesNotHeld : IDisposable
{
    public static readonly WritesNotHeld Instance = new();

    public void Dispose()
    {
    }
}
