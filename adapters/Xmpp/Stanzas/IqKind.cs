namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>The <c>type</c> of an IQ (RFC 6120 §8.2.3).</summary>
internal enum IqKind
{
    Get,
    Set,
    Result,
    Error,
}
