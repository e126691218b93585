using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Storage;

/// <summary>What the desk remembers of each requester (language, environment), so it confirms instead of asking again.</summary>
public interface IProfileStore
{
    RequesterProfile? Find(string requesterId);

    /// <summary>Writes the profile whole, creating it when it is new.</summary>
    void Save(RequesterProfile profile);
}
