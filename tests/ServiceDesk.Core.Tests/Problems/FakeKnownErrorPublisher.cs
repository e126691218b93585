using ServiceDesk.Core.KnownErrors;

namespace ServiceDesk.Core.Tests.Problems;

/// <summary>Collects what would have gone into the knowledge base.</summary>
internal sealed class FakeKnownErrorPublisher : IKnownErrorPublisher
{
    public List<KnownError> Published { get; } = [];

    public void Publish(KnownError knownError) => Published.Add(knownError);
}
