using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Framing;

/// <summary>
/// The inbound stream cannot be read any further (bad XML, a DTD, an oversized stanza). The reader is
/// unusable afterwards; the connection drops the stream and reconnects.
/// </summary>
internal sealed class XmppFramingException(FramingFault fault, string message, string? stanzaName = null, Exception? innerException = null)
    : XmppException(message, innerException)
{
    public FramingFault Fault { get; } = fault;

    /// <summary>Local name of the top-level element being read when it failed (<c>message</c>, <c>iq</c>…), if known.</summary>
    public string? StanzaName { get; } = stanzaName;

    /// <summary>True when the rejected element was a stanza that XEP-0198 counts (message, presence, iq).</summary>
    public bool WasCountedStanza => StanzaName is "message" or "presence" or "iq";

    /// <summary>The <c>from</c> address of that element, if it had one (the server stamps it on what people send).</summary>
    public string? Sender { get; init; }
}
