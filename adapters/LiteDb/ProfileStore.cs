using LiteDB;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>Requester profiles in the desk's LiteDB file (<see cref="IProfileStore"/>).</summary>
public sealed class ProfileStore(ServiceDeskDatabase database) : IProfileStore
{
    private const string CollectionName = "profiles";

    public RequesterProfile? Find(string requesterId) => database.Read(() => database.Collection<RequesterProfile>(CollectionName).ById(requesterId));

    /// <remarks>Mapped to its document before the store's one writer is taken, so that the writer is held only to write it.</remarks>
    public void Save(RequesterProfile profile)
    {
        var document = database.Mapper.ToDocument(profile);
        database.Write(() => database.Collection<BsonDocument>(CollectionName).Upsert(document));
    }
}
