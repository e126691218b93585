using System.Collections.Concurrent;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// XEP-0184 receipts owed: a message that asked for one gets it once the desk has kept it in its inbox
/// (<see cref="XmppChatChannel.MarkKeptAsync"/>), never earlier, since a receipt tells the person their message is
/// safe. A message the desk refused is forgotten when the reader moves on, without a receipt.
/// </summary>
/// <remarks>Keyed by reference, like <see cref="InboundAcknowledgements"/>.</remarks>
internal sealed class DeliveryReceipts
{
    private readonly ConcurrentDictionary<InboundMessage, (string To, string Id)> owed = new(ReferenceEqualityComparer.Instance);

    public void Hold(InboundMessage message, string fullJid, string id) => owed[message] = (fullJid, id);

    /// <summary>Where to send the receipt of <paramref name="message"/> and for which id; false when none is owed.</summary>
    public bool TryTake(InboundMessage message, out string to, out string id)
    {
        var found = owed.TryRemove(message, out var receipt);
        (to, id) = receipt;
        return found;
    }

    public void Forget(InboundMessage message) => owed.TryRemove(message, out _);
}
