using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Storage;

/// <summary>Per-conversation state, written after every turn so a restart continues the dialogue where it was.</summary>
public interface IConversationStore
{
    ConversationRecord? Find(string id);

    /// <summary>Writes the record whole, creating it when it is new.</summary>
    void Save(ConversationRecord record);
}
