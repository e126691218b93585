using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// A ticket store that hands every call to another one: the base of a store that changes a few calls (remembers reads,
/// counts them) and passes the rest through, so that each such store lists only what it changes.
/// </summary>
/// <param name="inner">The store every call not overridden goes to.</param>
public abstract class DelegatingTicketStore(ITicketStore inner) : ITicketStore
{
    /// <summary>The store every call goes to.</summary>
    protected ITicketStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public virtual Ticket Open(Ticket draft) => Inner.Open(draft);

    public virtual int Import(IEnumerable<Ticket> tickets) => Inner.Import(tickets);

    public virtual void Save(Ticket ticket) => Inner.Save(ticket);

    public virtual Ticket? Find(TicketNumber number) => Inner.Find(number);

    public virtual IReadOnlyList<Ticket> OpenTicketsOf(string requesterId) => Inner.OpenTicketsOf(requesterId);

    public virtual IReadOnlyList<Ticket> ClosedOf(string requesterId, DateTimeOffset since) => Inner.ClosedOf(requesterId, since);

    public virtual IReadOnlyList<Ticket> OpenTickets() => Inner.OpenTickets();

    public virtual IReadOnlyList<Ticket> NotAnnounced() => Inner.NotAnnounced();

    public virtual IReadOnlyList<Ticket> TakenAndOpen() => Inner.TakenAndOpen();

    public virtual IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since) => Inner.OpenedSince(since);

    public virtual int LastNumber() => Inner.LastNumber();

    public virtual IReadOnlyList<Ticket> After(int number) => Inner.After(number);

    public virtual IReadOnlyList<Ticket> All() => Inner.All();

    public virtual IReadOnlyList<DateTimeOffset> WaitingOpenings() => Inner.WaitingOpenings();

    public virtual long LastChange() => Inner.LastChange();

    public virtual IReadOnlyList<TicketChange> ChangedSince(long change) => Inner.ChangedSince(change);
}
