using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Storage;

/// <summary>Tickets and their sequential numbers.</summary>
/// <remarks>
/// Numbers are unique and gap-free, also when many turns open tickets at once: a number is given inside the
/// transaction that stores the ticket, so a turn that fails leaves no used number behind. Every read sees what the
/// current transaction (<see cref="IUnitOfWork"/>) wrote so far.
/// </remarks>
public interface ITicketStore
{
    /// <summary>
    /// Gives the draft the next number and stores it, both in one transaction (the turn's, when it runs in one): a
    /// failure leaves neither a used number nor a half-written ticket. A draft whose <see cref="Ticket.DraftId"/> was
    /// already opened returns that ticket instead of a duplicate, so a turn retried after a failure opens it once.
    /// </summary>
    Ticket Open(Ticket draft);

    /// <summary>
    /// Stores many tickets in one transaction, numbered after the counter (imports, generated stores for
    /// benchmarks); returns how many were written. Their <see cref="Ticket.Number"/> is ignored.
    /// </summary>
    int Import(IEnumerable<Ticket> tickets);

    /// <summary>Writes a changed ticket whole; throws <see cref="InvalidOperationException"/> when it does not exist.</summary>
    void Save(Ticket ticket);

    Ticket? Find(TicketNumber number);

    /// <summary>The requester's tickets that are not closed, oldest first.</summary>
    IReadOnlyList<Ticket> OpenTicketsOf(string requesterId);

    /// <summary>
    /// The requester's tickets closed at or after <paramref name="since"/>, most recently closed first (a reply after a
    /// closure reopens the ticket, or opens a new one linked to it).
    /// </summary>
    IReadOnlyList<Ticket> ClosedOf(string requesterId, DateTimeOffset since);

    /// <summary>Every ticket that is not closed, by number (the technicians' queue).</summary>
    IReadOnlyList<Ticket> OpenTickets();

    /// <summary>Open tickets not posted to the technicians' room yet (the desk asks on every tick).</summary>
    IReadOnlyList<Ticket> NotAnnounced();

    /// <summary>Open tickets a technician has taken (the level-1 time limit is checked on every tick).</summary>
    IReadOnlyList<Ticket> TakenAndOpen();

    /// <summary>Tickets opened since <paramref name="since"/>, newest first.</summary>
    IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since);

    /// <summary>The number given to the latest ticket (0 before the first).</summary>
    int LastNumber();

    /// <summary>Tickets numbered after <paramref name="number"/>, by number.</summary>
    IReadOnlyList<Ticket> After(int number);

    /// <summary>Every ticket, by number (for inspection and indicators).</summary>
    IReadOnlyList<Ticket> All();

    /// <summary>When each ticket still waiting to be picked up (status new) was opened.</summary>
    IReadOnlyList<DateTimeOffset> WaitingOpenings();

    /// <summary>
    /// The store's latest change: every ticket opened, imported or saved gets the next value of one change sequence
    /// (0 before the first change). Readers that follow the desk (the web page) ask what changed after a value they
    /// saw instead of reading every open ticket again.
    /// </summary>
    long LastChange();

    /// <summary>
    /// Tickets (any status) whose latest change is after <paramref name="change"/>, in change order, each once and
    /// as it is now, through an index on the change. The sequence only grows, but a store shared by several writers
    /// may make a change visible after a later one committed first (PostgreSQL takes the value before the commit):
    /// a reader that must not miss one asks again from a little before the latest it saw.
    /// </summary>
    IReadOnlyList<TicketChange> ChangedSince(long change);
}

/// <summary>A ticket as it is now, with the change sequence value of its latest write (<see cref="ITicketStore.ChangedSince"/>).</summary>
public sealed record TicketChange(long Change, Ticket Ticket);
