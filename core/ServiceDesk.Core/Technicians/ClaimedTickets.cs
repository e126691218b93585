using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The tickets one batch of the periodic checks may work on: the open tickets it holds the keys of
/// (<paramref name="claimed"/>), each read again inside the batch's transaction,
/// since a conversation may have changed it in between. The watchers' lists (<see cref="OpenTickets"/>,
/// <see cref="NotAnnounced"/>, <see cref="TakenAndOpen"/>) come from there; everything else is the store's.
/// </summary>
internal sealed class ClaimedTickets(ITicketStore store, IReadOnlyCollection<int> claimed) : ITicketStore
{
    private IEnumerable<Ticket> Fresh() =>
        claimed.Order().Select(n => store.Find(new TicketNumber(n))).OfType<Ticket>().Where(t => t.IsOpen);

    public IReadOnlyList<Ticket> OpenTickets() => [.. Fresh()];

    public IReadOnlyList<Ticket> NotAnnounced() => [.. Fresh().Where(t => t.AnnouncedAt is null)];

    public IReadOnlyList<Ticket> TakenAndOpen() => [.. Fresh().Where(t => t.TakenAt is not null)];

    public Ticket Open(Ticket draft) => store.Open(draft);

    public int Import(IEnumerable<Ticket> tickets) => store.Import(tickets);

    public void Save(Ticket ticket) => store.Save(ticket);

    public Ticket? Find(TicketNumber number) => store.Find(number);

    public IReadOnlyList<Ticket> OpenTicketsOf(string requesterId) => store.OpenTicketsOf(requesterId);

    public IReadOnlyList<Ticket> ClosedOf(string requesterId, DateTimeOffset since) => store.ClosedOf(requesterId, since);

    public IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since) => store.OpenedSince(since);

    public int LastNumber() => store.LastNumber();

    public IReadOnlyList<Ticket> After(int number) => store.After(number);

    public IReadOnlyList<Ticket> All() => store.All();

    public IReadOnlyList<DateTimeOffset> WaitingOpenings() => store.WaitingOpenings();

    public long LastChange() => store.LastChange();

    public IReadOnlyList<TicketChange> ChangedSince(long change) => store.ChangedSince(change);
}
