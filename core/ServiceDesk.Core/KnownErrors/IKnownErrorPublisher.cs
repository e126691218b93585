namespace ServiceDesk.Core.KnownErrors;

/// <summary>
/// Where known errors found through problem management are published: the knowledge base, where the conversation
/// proposes them to the next requester with the same symptoms. Called under the desk's lock; searchable on return.
/// </summary>
public interface IKnownErrorPublisher
{
    void Publish(KnownError knownError);
}
