namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// A serialised stanza waiting to be sent or acknowledged. Only messages are carried over to a new
/// session when resumption fails; presences and IQ replies belong to the session that produced them.
/// </summary>
internal sealed record OutgoingStanza(string Xml, bool IsMessage);
