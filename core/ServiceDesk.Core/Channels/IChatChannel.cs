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

    /// <summary>Sends (or queues for sending) one message to a person or a room.</summary>
    ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Queues the message as <see cref="SendAsync"/> does, before returning (so calls keep their order without
    /// awaiting one another); the task completes once the message has left the process (written to the
    /// network connection), which may be much later when the network is down, and fails if the adapter gave
    /// up on it. The desk forgets a handled message only then, so an answer still queued in memory at a crash
    /// is sent again at the next start. An adapter that sends at once completes it when the message is handed over.
    /// </summary>
    Task SendConfirmedAsync(OutboundMessage message, CancellationToken cancellationToken) => SendAsync(message, cancellationToken).AsTask();
}
