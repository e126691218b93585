using ServiceDesk.Core.Storage;

namespace ServiceDesk.Storage.Contract;

/// <summary>One desk's stores as an adapter gives them: every store joins the same unit of work.</summary>
public sealed record DeskStores(
    IUnitOfWork UnitOfWork,
    ITicketStore Tickets,
    IConversationStore Conversations,
    IProfileStore Profiles,
    IInboxStore Inbox,
    IProblemStore Problems,
    IThreadStore Threads,
    IOutageStore Outages);
