using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// People's messages handed to the desk and not yet kept by it, each with its XEP-0198 count. The channel
/// acknowledges a message when its reader asks for the next one (<see cref="XmppChatChannel.ReadAllAsync"/>):
/// by then the desk has written it to its inbox, so the server may forget it.
/// </summary>
/// <remarks>Keyed by reference: two messages with the same text and id are still two deliveries.</remarks>
internal sealed class InboundAcknowledgements(StreamManagement streamManagement)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<InboundMessage, InboundToken> held =
        new(ReferenceEqualityComparer.Instance);

    public void Hold(InboundMessage message, InboundToken? token)
    {
        if (token is { } counted)
        {
            held[message] = counted;
        }
    }

    public void Release(InboundMessage message)
    {
        if (held.TryRemove(message, out var token))
        {
            streamManagement.Acknowledge(token);
        }
    }
}
