using ServiceDesk.Adapters.Xmpp.Discovery;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// What the channel shows people besides its messages, kept across connections: its presence (status, capabilities,
/// avatar), the delivery receipts it owes and the chat states it shows.
/// </summary>
internal sealed record PersonSignals(BotPresence Presence, DeliveryReceipts Receipts, ChatStates ChatStates)
{
    public RosterInvitations Invitations { get; } = new();
}
