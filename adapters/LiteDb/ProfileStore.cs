using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>Requester profiles in the desk's LiteDB file (<see cref="IProfileStore"/>).</summary>
public sealed class ProfileStore(ServiceDeskDatabase database) : IProfileStore
{
    private const string CollectionName = "profiles";

    public RequesterProfile? Find(string requesterId) => database.Read(() => database.Collection<RequesterProfile>(CollectionName).ById(requesterId));

    public void Save(RequesterProfile profile) => database.Write(() => database.Collection<RequesterProfile>(CollectionName).Upsert(profile));
}
