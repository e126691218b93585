using ServiceDesk.Core.KnownErrors;

namespace ServiceDesk.KnowledgeBase.Desk;

/// <summary>
/// Puts the known errors found through problem management into the knowledge base: written as a draft, then
/// published into the articles folder and the index, so the conversation proposes it to the next requester at once.
/// </summary>
public sealed class KnowledgeBasePublisher(ArticleShelf shelf) : IKnownErrorPublisher
{
    public void Publish(KnownError knownError)
    {
        ArgumentNullException.ThrowIfNull(knownError);
        shelf.SaveDraft(ArticleOf(knownError));
        if (shelf.PublishDraft(knownError.Id) is null)
        {
            throw new InvalidOperationException($"Known error {knownError.Id} could not be read back: {shelf.DraftProblem(knownError.Id)}");
        }
    }

    public static KnowledgeArticle ArticleOf(KnownError knownError)
    {
        ArgumentNullException.ThrowIfNull(knownError);
        return new KnowledgeArticle(
            knownError.Id, knownError.Title, knownError.Language, knownError.Symptoms, knownError.AppliesTo, knownError.Cause,
            [knownError.Workaround], knownError.Resolution ?? (knownError.Language == "en" ? "No definitive fix yet: apply the workaround." : "Pas encore de résolution définitive : appliquer le contournement."), ["problem", ArticleShelf.DraftTag], [], knownError.Reviewed, ArticleKind.KnownError)
        {
            Body = $"{knownError.Cause}\n\n{knownError.Workaround}",
        };
    }
}
