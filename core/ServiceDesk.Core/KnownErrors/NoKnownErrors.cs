using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.KnownErrors;

/// <summary>A desk without a knowledge base: never suggests anything.</summary>
public sealed class NoKnownErrors : IKnownErrorSearch
{
    public IReadOnlyList<KnownErrorSuggestion> Suggest(string text, string language, TicketFacts facts, int top) => [];
}
