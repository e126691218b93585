using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The tickets one batch of the periodic checks may work on: the open tickets it holds the keys of
/// (<paramref name="claimed"/>), each read again inside the batch's transaction,
/// since a conversation may have changed it in between. The watchers' lists come from there (<see cref="OpenTicketsView"/>);
/// everything else is the store's.
/// </summary>
internal sealed class ClaimedTickets(ITicketStore store, IReadOnlyCollection<int> claimed) : OpenTicketsView(store)
{
    public override IReadOnlyList<Ticket> OpenTickets() =>
        [.. claimed.Order().Select(n => Inner.Find(new TicketNumber(n))).OfType<Ticket>().Where(t => t.IsOpen)];
}
