using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>A received message: its sender, id, type and body (null when it has none, e.g. a chat state).</summary>
/// <param name="From">The sender, when the server said who.</param>
/// <param name="Id">The message id, when present.</param>
/// <param name="Kind">The message type.</param>
/// <param name="Body">The text, or null without a body.</param>
/// <param name="IsDelayed">Carries an XEP-0203 delay: room history or an offline message.</param>
/// <param name="HasSubject">Carries a subject (a room's topic announcement).</param>
internal sealed record MessageStanza(Jid? From, string? Id, MessageKind Kind, string? Body, bool IsDelayed, bool HasSubject) : Stanza
{
    /// <summary>Asks for an XEP-0184 delivery receipt.</summary>
    public bool ReceiptRequested { get; init; }

    /// <summary>Carries an XEP-0085 chat state: the sender's client shows ours too.</summary>
    public bool HasChatState { get; init; }

    /// <summary>XEP-0308: the id of the sender's earlier message this one replaces.</summary>
    public string? Replaces { get; init; }
}
