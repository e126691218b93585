using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Storage;

/// <summary>What the desk remembers of each requester (language, environment), so it confirms instead of asking again.</summary>
public sealed class ProfileStore(ServiceDeskDatabase database)
{
    private const string CollectionName = "profiles";

    public RequesterProfile? Find(string requesterId) => database.Collection<RequesterProfile>(CollectionName).FindById(requesterId);

    public void Save(RequesterProfile profile) => database.InOneTransaction(() => database.Collection<RequesterProfile>(CollectionName).Upsert(profile));
}
