namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// A serialised stanza waiting to be sent or acknowledged. Only messages are carried over to a new
/// session when resumption fails; presences and IQ replies belong to the session that produced them.
/// </summary>
internal sealed record OutgoingStanza(string Xml, bool IsMessage)
{
    /// <summary>
    /// Completed once the server acknowledged the stanza (XEP-0198), or, without stream management, once it is written
    /// to the connection; failed when the outbox refuses it. Null when nobody waits for it. Not merely written: a process
    /// killed with input it had not read yet has its connection reset, and what it had written but the kernel had not
    /// sent is lost, so the message it answered must stay in the inbox until the server has the answer. The price: a
    /// crash repeats the answers the server had but had not acknowledged yet (the bot repeats rather than risk silence).
    /// </summary>
    public TaskCompletionSource? Delivery { get; init; }
}
