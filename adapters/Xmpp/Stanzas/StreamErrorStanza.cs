namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>A <c>&lt;stream:error/&gt;</c>: the server is about to close the stream.</summary>
internal sealed record StreamErrorStanza(string Condition, string? Text) : Stanza;
