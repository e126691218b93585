namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>XEP-0198 <c>&lt;a h=''/&gt;</c>: the server handled <see cref="Handled"/> of our stanzas (mod 2^32).</summary>
internal sealed record AckStanza(uint Handled) : Stanza;
