namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>A top-level element received on an established stream, already typed by the parser.</summary>
internal abstract record Stanza;
