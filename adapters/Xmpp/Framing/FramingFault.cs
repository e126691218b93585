namespace ServiceDesk.Adapters.Xmpp.Framing;

/// <summary>Why the inbound XML stream was given up.</summary>
internal enum FramingFault
{
    /// <summary>Not well-formed XML, a DTD or entity declaration, or a stream that is not XMPP.</summary>
    Malformed,

    /// <summary>One stanza grew past the configured maximum size.</summary>
    TooLarge,
}
