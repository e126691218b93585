using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Per-conversation state in the desk's LiteDB file (<see cref="IConversationStore"/>).
/// </summary>
public sealed class ConversationStore(ServiceDeskDatabase database) : IConversationStore
{
    private const string CollectionName = "conversations";

    public ConversationRecord? Find(string id) => database.Read(() => database.Collection<ConversationRecord>(CollectionName).ById(id));

    public void Save(ConversationRecord record) => database.Write(() => database.Collection<ConversationRecord>(CollectionName).Upsert(record));
}
