using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// Messages received but not yet handled, kept so that a crash between receiving a message and answering it loses
/// nothing: each message is written here before its turn runs and removed once the turn is over; at start-up the
/// worker replays what is left. Thread-safe.
/// </summary>
/// <remarks>
/// A message replayed after it was in fact handled is dropped by its network id
/// (<see cref="InboundMessage.MessageId"/>) in the dialogue, so replaying is safe.
/// </remarks>
public interface IInboxStore
{
    /// <summary>
    /// Writes the message; returns the id to pass to <see cref="Forget"/> once it is handled. Throws, having written
    /// nothing, when the store cannot write (<see cref="StoreFullException"/> on a full disk).
    /// </summary>
    InboxEntryId Keep(InboundMessage message);

    /// <summary>
    /// Writes the message as <see cref="Keep"/> does, unless a message with the same <see cref="InboundMessage.DeliveryKey"/>
    /// was kept on its channel before (by any instance sharing the store, even one handled and forgotten since, for at
    /// least an hour): then writes nothing and returns null. A message without a key is always kept. A store used by one
    /// instance may keep every message (the default here): the adapter's own duplicate check covers one process.
    /// </summary>
    InboxEntryId? KeepOnce(InboundMessage message) => Keep(message);

    /// <summary>Removes a handled message (nothing happens when it is already gone).</summary>
    void Forget(InboxEntryId id);

    /// <summary>What a channel received and never finished handling, oldest first, marked as replayed.</summary>
    IReadOnlyList<(InboxEntryId Id, InboundMessage Message)> Pending(string channel);
}
