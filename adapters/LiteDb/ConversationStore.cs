using LiteDB;
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

    /// <remarks>Mapped to its document before the store's one writer is taken, so that the writer is held only to write it.</remarks>
    public void Save(ConversationRecord record)
    {
        var document = database.Mapper.ToDocument(record);
        database.Write(() => database.Collection<BsonDocument>(CollectionName).Upsert(document));
    }
}
