namespace ServiceDesk.Core.Conversation;

/// <summary>
/// A conversation's stored state. The state machine is rebuilt around it each turn (style: Stateless with
/// external state), so the record alone is enough to continue after a restart.
/// </summary>
public sealed record ConversationRecord
{
    /// <summary>The requester's address key, e.g. <c>xmpp:alice@example.org</c>.</summary>
    public string Id { get; init; } = "";

    public ConversationState State { get; init; } = ConversationState.Idle;

    /// <summary>"fr" or "en".</summary>
    public string Language { get; init; } = "fr";

    public RequestDraft Draft { get; init; } = new();

    /// <summary>Ids of the last messages handled, so a redelivered message is not answered twice.</summary>
    public IReadOnlyList<string> RecentMessageIds { get; init; } = [];

    /// <summary>
    /// What the last turn said to the person, saved with the state it produced, and the network ids of the
    /// messages it answered: if the bot dies after saving and before the answer is out, the replayed message
    /// finds its turn done and gets this answer again (once; it is cleared when re-sent).
    /// </summary>
    public IReadOnlyList<SavedReply> LastAnswer { get; init; } = [];

    public IReadOnlyList<string> LastAnswerTo { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>One message of <see cref="ConversationRecord.LastAnswer"/>, as stored.</summary>
public sealed record SavedReply
{
    public string Text { get; init; } = "";

    public IReadOnlyList<string> Choices { get; init; } = [];
}
