namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// A serialised stanza waiting to be sent or acknowledged. Only messages are carried over to a new
/// session when resumption fails; presences and IQ replies belong to the session that produced them.
/// </summary>
internal sealed record OutgoingStanza(string Xml, bool IsMessage)
{
    /// <summary>
    /// Completed once the stanza is written to the connection (no longer only in this process's memory);
    /// failed when the outbox refuses it. Null when nobody waits for it. Not the XEP-0198 ack: waiting for
    /// that would make every crash repeat the answers the server already had but had not confirmed yet.
    /// </summary>
    public TaskCompletionSource? Delivery { get; init; }
}
