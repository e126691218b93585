using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bench.Desk;

/// <summary>The conversation store with each call's CPU time counted.</summary>
internal sealed class TimedConversationStore(IConversationStore inner, Sections sections) : IConversationStore
{
    public ConversationRecord? Find(string id) => sections.Time("store: conversations.Find", () => inner.Find(id));

    public void Save(ConversationRecord record) => sections.Time("store: conversations.Save", () => inner.Save(record));
}

/// <summary>The profile store with each call's CPU time counted.</summary>
internal sealed class TimedProfileStore(IProfileStore inner, Sections sections) : IProfileStore
{
    public RequesterProfile? Find(string requesterId) => sections.Time("store: profiles.Find", () => inner.Find(requesterId));

    public void Save(RequesterProfile profile) => sections.Time("store: profiles.Save", () => inner.Save(profile));
}

/// <summary>The knowledge base's search with each call's CPU time counted.</summary>
internal sealed class TimedKnownErrorSearch(IKnownErrorSearch inner, Sections sections) : IKnownErrorSearch
{
    public IReadOnlyList<KnownErrorSuggestion> Suggest(string text, string language, TicketFacts facts, int top) =>
        sections.Time("knowledge base: Suggest", () => inner.Suggest(text, language, facts, top));
}

/// <summary>
/// The unit of work with each transaction's CPU counted twice: whole ("turn: transaction") and the work inside it
/// ("turn: work"); the difference is opening and committing it.
/// </summary>
internal sealed class TimedUnitOfWork(IUnitOfWork inner, Sections sections) : IUnitOfWork
{
    [ThreadStatic]
    private static int t_depth;

    public T InOneTransaction<T>(Func<T> work)
    {
        if (t_depth > 0)
        {
            return inner.InOneTransaction(work);
        }

        t_depth++;
        try
        {
            return sections.Time("turn: transaction", () => inner.InOneTransaction(() => sections.Time("turn: work", work)));
        }
        finally
        {
            t_depth--;
        }
    }

    public void InOneTransaction(Action work) => InOneTransaction(() =>
    {
        work();
        return 0;
    });
}
