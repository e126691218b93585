using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>A hand-written knowledge base for dialogue tests: an article matches when its keyword is in the text.</summary>
internal sealed class FakeKnownErrors(params (string Keyword, KnownErrorSuggestion Article)[] articles) : IKnownErrorSearch
{
    public IReadOnlyList<KnownErrorSuggestion> Suggest(string text, string language, TicketFacts facts, int top) =>
        [.. articles.Where(a => text.Contains(a.Keyword, StringComparison.OrdinalIgnoreCase)).Select(a => a.Article).Take(top)];
}
