using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bench.Desk;

/// <summary>The desk's ticket store with each call's CPU time counted in <see cref="Sections"/>.</summary>
internal sealed class TimedTicketStore(ITicketStore inner, Sections sections) : ITicketStore
{
    public Ticket Open(Ticket draft) => sections.Time("store: tickets.Open", () => inner.Open(draft));

    public int Import(IEnumerable<Ticket> tickets) => sections.Time("store: tickets.Import", () => inner.Import(tickets));

    public void Save(Ticket ticket) => sections.Time("store: tickets.Save", () => inner.Save(ticket));

    public Ticket? Find(TicketNumber number) => sections.Time("store: tickets.Find", () => inner.Find(number));

    public IReadOnlyList<Ticket> OpenTicketsOf(string requesterId) => sections.Time("store: tickets.OpenTicketsOf", () => inner.OpenTicketsOf(requesterId));

    public IReadOnlyList<Ticket> ClosedOf(string requesterId, DateTimeOffset since) => sections.Time("store: tickets.ClosedOf", () => inner.ClosedOf(requesterId, since));

    public IReadOnlyList<Ticket> OpenTickets() => sections.Time("store: tickets.OpenTickets", inner.OpenTickets);

    public IReadOnlyList<Ticket> NotAnnounced() => sections.Time("store: tickets.NotAnnounced", inner.NotAnnounced);

    public IReadOnlyList<Ticket> TakenAndOpen() => sections.Time("store: tickets.TakenAndOpen", inner.TakenAndOpen);

    public IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since) => sections.Time("store: tickets.OpenedSince", () => inner.OpenedSince(since));

    public int LastNumber() => sections.Time("store: tickets.LastNumber", inner.LastNumber);

    public IReadOnlyList<Ticket> After(int number) => sections.Time("store: tickets.After", () => inner.After(number));

    public IReadOnlyList<Ticket> All() => sections.Time("store: tickets.All", inner.All);

    public IReadOnlyList<DateTimeOffset> WaitingOpenings() => sections.Time("store: tickets.WaitingOpenings", inner.WaitingOpenings);

    public long LastChange() => sections.Time("store: tickets.LastChange", inner.LastChange);

    public IReadOnlyList<TicketChange> ChangedSince(long change) => sections.Time("store: tickets.ChangedSince", () => inner.ChangedSince(change));
}
