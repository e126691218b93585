using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.KnownErrors;

/// <summary>
/// The knowledge base as the conversation sees it (seed 002 §4.4: known errors help the next user).
/// The core does not know how articles are stored or searched; the host plugs the knowledge base in.
/// </summary>
public interface IKnownErrorSearch
{
    /// <summary>The best known errors for a request, best first, at most <paramref name="top"/>; empty when none fits.</summary>
    IReadOnlyList<KnownErrorSuggestion> Suggest(string text, string language, TicketFacts facts, int top);
}
