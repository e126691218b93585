using LiteDB;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// A conversation's stored state. The state machine is rebuilt around it each turn (style: Stateless with
/// external state), so the record alone is enough to continue after a restart.
/// </summary>
public sealed record ConversationRecord
{
    /// <summary>The requester's address key, e.g. <c>xmpp:alice@example.org</c>.</summary>
    [BsonId]
    public string Id { get; init; } = "";

    public ConversationState State { get; init; } = ConversationState.Idle;

    /// <summary>"fr" or "en".</summary>
    public string Language { get; init; } = "fr";

    public RequestDraft Draft { get; init; } = new();

    /// <summary>Ids of the last messages handled, so a redelivered message is not answered twice.</summary>
    public IReadOnlyList<string> RecentMessageIds { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }
}
