namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>The <c>type</c> of a message (RFC 6121 §5.2.2); a missing type means <see cref="Normal"/>.</summary>
internal enum MessageKind
{
    Normal,
    Chat,
    Groupchat,
    Headline,
    Error,
}
