using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Storage;

/// <summary>Per-conversation state, written after every turn so a restart continues the dialogue where it was.</summary>
public interface IConversationStore
{
    ConversationRecord? Find(string id);

    /// <summary>Writes the record whole, creating it when it is new.</summary>
    void Save(ConversationRecord record);

    /// <summary>
    /// Where the person's conversation stands (<see cref="ConversationState.Idle"/> when there is none), for a check that
    /// only needs that: whether to wait a moment for more lines before answering. A store may answer from what it last
    /// wrote or read rather than read the whole record (<see cref="TurnReadCache"/> does).
    /// </summary>
    ConversationState StateOf(string id) => Find(id)?.State ?? ConversationState.Idle;
}
