using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.KnowledgeBase.Desk;

/// <summary>
/// The knowledge base as the conversation sees it: the requester's words and the facts already
/// extracted go to the index, and the best articles come back as known errors with their
/// workaround steps, in the requester's language when that version exists.
/// </summary>
/// <remarks>
/// Thread-safe as the index is; holds no state of its own. An article scoring far below the best one is not
/// proposed: "comment partager mon agenda ?" gets the calendar article alone, not also "access denied to a
/// shared folder" for the word "partager" (a requester reads every step proposed).
/// </remarks>
public sealed class KnowledgeBaseKnownErrors(IKnowledgeBase knowledgeBase) : IKnownErrorSearch
{
    /// <summary>Share of the best score below which a further article is left out.</summary>
    public const float RelativeScoreFloor = 0.4f;

    public IReadOnlyList<KnownErrorSuggestion> Suggest(string text, string language, TicketFacts facts, int top)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(facts);
        if (top <= 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var searchFacts = new SearchFacts(facts.Application, Device: null, facts.ErrorMessage);
        var matches = knowledgeBase.Search(text, language == "en" ? "en" : "fr", searchFacts, top);
        var floor = matches.Count == 0 ? 0f : matches[0].Score * RelativeScoreFloor;
        return [.. matches.Where(m => m.Score >= floor).Select(m => Suggestion(m.Article))];
    }

    private static KnownErrorSuggestion Suggestion(KnowledgeArticle article) => new(
        article.Id,
        article.Title,
        article.Workaround,
        string.IsNullOrWhiteSpace(article.Resolution) ? null : article.Resolution);
}
