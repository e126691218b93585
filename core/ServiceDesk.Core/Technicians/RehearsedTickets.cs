using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The periodic checks' rehearsal: the watchers run on the open tickets as read at the start of the check
/// (<paramref name="open"/>), nothing is written, and every ticket a watcher would save is noted
/// (<see cref="Due"/>). Each watcher marks a ticket when it acts on it (posted, warned, reminded, prompted, closed),
/// so the tickets it would save are exactly those with something due now; only their requesters' tickets are then
/// taken and checked for real, each read again in its batch's transaction.
/// </summary>
/// <remarks>
/// Before, every check read every open ticket once more, one by one, in batches of 32 transactions, to find that
/// nothing was due for nearly all of them: with a thousand open tickets, a thousand reads and 32 commits every 15 s
/// whatever happened. A ticket a conversation changes after the first read is seen as it was; if that change makes
/// something due, the next check finds it (as a ticket opened after the first read always was).
/// </remarks>
internal sealed class RehearsedTickets(ITicketStore store, IReadOnlyList<Ticket> open) : OpenTicketsView(store)
{
    private readonly Dictionary<int, Ticket> _byNumber = open.ToDictionary(t => t.Number);
    private readonly HashSet<string> _due = new(StringComparer.Ordinal);

    /// <summary>The requesters of the tickets a watcher would have saved.</summary>
    public IReadOnlySet<string> Due => _due;

    public override IReadOnlyList<Ticket> OpenTickets() => open;

    public override Ticket? Find(TicketNumber number) => _byNumber.GetValueOrDefault(number.Value) ?? Inner.Find(number);

    public override void Save(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        _due.Add(ticket.RequesterId);
        _byNumber[ticket.Number] = ticket;
    }

    public override Ticket Open(Ticket draft) => throw new InvalidOperationException("The periodic checks' rehearsal opens no ticket.");

    public override int Import(IEnumerable<Ticket> tickets) => throw new InvalidOperationException("The periodic checks' rehearsal imports nothing.");
}
