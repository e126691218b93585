using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// Per-conversation state, written after every turn so a restart continues the dialogue where it was.
/// </summary>
public sealed class ConversationStore(ServiceDeskDatabase database)
{
    private const string CollectionName = "conversations";

    public ConversationRecord? Find(string id) => database.Collection<ConversationRecord>(CollectionName).FindById(id);

    public void Save(ConversationRecord record) => database.InOneTransaction(() => database.Collection<ConversationRecord>(CollectionName).Upsert(record));
}
