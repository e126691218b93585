using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// A ticket store whose open tickets are a given list (<see cref="OpenTickets"/>), for the periodic checks: the
/// watchers' lists (<see cref="NotAnnounced"/>, <see cref="TakenAndOpen"/>) are taken from it; everything else is the store's.
/// </summary>
internal abstract class OpenTicketsView(ITicketStore store) : DelegatingTicketStore(store)
{
    public abstract override IReadOnlyList<Ticket> OpenTickets();

    public override IReadOnlyList<Ticket> NotAnnounced() => [.. OpenTickets().Where(t => t.AnnouncedAt is null)];

    public override IReadOnlyList<Ticket> TakenAndOpen() => [.. OpenTickets().Where(t => t.TakenAt is not null)];
}
