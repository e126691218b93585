using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>A received presence; <see cref="Occupant"/> is set when it comes from a room.</summary>
internal sealed record PresenceStanza(Jid? From, PresenceKind Kind, OccupantInfo? Occupant) : Stanza;
