namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>The <c>type</c> of a presence (RFC 6121 §4.7.1); a missing type means <see cref="Available"/>.</summary>
internal enum PresenceKind
{
    Available,
    Unavailable,
    Subscribe,
    Subscribed,
    Unsubscribe,
    Unsubscribed,
    Probe,
    Error,
}
