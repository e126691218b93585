namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>What the server offers at one stage of stream negotiation (RFC 6120 §4.3.2).</summary>
internal sealed record StreamFeatures(
    bool StartTls,
    IReadOnlyList<string> Mechanisms,
    bool Bind,
    bool SessionRequired,
    bool StreamManagement);
