namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>XEP-0198 <c>&lt;r/&gt;</c>: the server asks how many stanzas we handled.</summary>
internal sealed record AckRequestStanza : Stanza;
