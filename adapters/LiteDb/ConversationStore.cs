using LiteDB;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Per-conversation state in the desk's LiteDB file (<see cref="IConversationStore"/>), mapped by hand
/// (<see cref="ConversationDocument"/>): the same documents LiteDB's mapper wrote, without its reflection at every message.
/// </summary>
public sealed class ConversationStore(ServiceDeskDatabase database) : IConversationStore
{
    private const string CollectionName = "conversations";

    public ConversationRecord? Find(string id) =>
        database.Read(() => ConversationDocument.To(database.Collection<BsonDocument>(CollectionName).ById(id)));

    /// <remarks>Mapped to its document before the store's one writer is taken, so that the writer is held only to write it.</remarks>
    public void Save(ConversationRecord record)
    {
        var document = ConversationDocument.From(record);
        database.Write(() => database.Collection<BsonDocument>(CollectionName).Upsert(document));
    }
}
