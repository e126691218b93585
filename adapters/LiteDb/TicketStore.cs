using LiteDB;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>Tickets and their sequential numbers in the desk's LiteDB file (<see cref="ITicketStore"/>).</summary>
/// <remarks>
/// A desk's file is mostly closed tickets, so whatever asks for open ones goes through the status index with the
/// open statuses listed (<see cref="OpenStatuses"/>): a "not closed" condition cannot use an index and would
/// read every ticket ever opened.
/// </remarks>
/// <remarks>
/// The change sequence (<see cref="ChangedSince"/>) is a counter beside the ticket counter, and each ticket's latest value
/// is kept in a small collection indexed on it, written in the same transaction as the ticket: LiteDB has one writer at a
/// time, so values become visible in order. A file from before the sequence has no entry for its tickets until they
/// next change; readers start from <see cref="OpenTickets"/> anyway.
/// </remarks>
public sealed class TicketStore(ServiceDeskDatabase database) : ITicketStore
{
    private const string CounterId = "ticket";
    private const string ChangeCounterId = "ticket-change";
    internal const string ChangesCollection = "ticket_changes";
    internal const string ChangeField = "change";

    private ILiteCollection<BsonDocument> Changes => database.Collection<BsonDocument>(ChangesCollection);

    private static readonly BsonValue[] OpenStatusValues =
        [.. Enum.GetValues<TicketStatus>().Where(s => s != TicketStatus.Closed).Select(s => new BsonValue(s.ToString()))];

    /// <summary>Built once: nothing is bound, and LiteDB only reads an expression while a query runs.</summary>
    private static readonly BsonExpression OpenStatuses = Query.In(nameof(Ticket.Status), new BsonArray(OpenStatusValues));

    private static readonly PreparedQuery OfDraft = new($"$.{nameof(Ticket.DraftId)} = @0");
    private static readonly PreparedQuery OfRequester = new($"$.{nameof(Ticket.RequesterId)} = @0");
    private static readonly PreparedQuery OfRequesterWithStatus = new($"$.{nameof(Ticket.RequesterId)} = @0 AND $.{nameof(Ticket.Status)} = @1");
    private static readonly PreparedQuery WithStatus = new($"$.{nameof(Ticket.Status)} = @0");
    private static readonly PreparedQuery ChangedAfter = new($"$.{ChangeField} > @0");

    /// <summary>
    /// Gives the draft the next number and stores it, both in one transaction (the turn's, when it runs in one): a
    /// failure leaves neither a used number nor a half-written ticket. A draft whose <see cref="Ticket.DraftId"/> was
    /// already opened returns that ticket instead of a duplicate, so a turn retried after a failure opens it once.
    /// </summary>
    /// <remarks>
    /// The draft is mapped to its document before the store's one writer is taken (the number, given under it, is then
    /// set in the document), so that the writer, held from here to the commit, is not held to map it.
    /// </remarks>
    public Ticket Open(Ticket draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var document = database.Mapper.ToDocument(draft);
        return database.Write(() =>
        {
            // A transaction running beside others may have read these before it began writing: read them as last committed.
            database.ReadLatest("tickets");
            database.ReadLatest("counters");
            if (draft.DraftId is { Length: > 0 } draftId && database.Tickets.FindOne(OfDraft.Bind(draftId)) is { } existing)
            {
                return existing;
            }

            var next = LastNumber() + 1;
            database.Counters.Upsert(new BsonDocument { ["_id"] = CounterId, ["value"] = next });
            var ticket = draft with { Number = next };
            document["_id"] = next;
            database.Collection<BsonDocument>("tickets").Insert(document);
            Changed([ticket.Number]);
            return ticket;
        });
    }

    /// <summary>
    /// Stores many tickets in one transaction, numbered after the counter (imports, generated stores for
    /// benchmarks); returns how many were written. Their <see cref="Ticket.Number"/> is ignored.
    /// </summary>
    public int Import(IEnumerable<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        return database.Write(() =>
        {
            database.ReadLatest("counters");
            var next = LastNumber();
            var first = next + 1;
            var written = database.Tickets.InsertBulk(tickets.Select(t => t with { Number = ++next }));
            database.Counters.Upsert(new BsonDocument { ["_id"] = CounterId, ["value"] = next });
            Changed(Enumerable.Range(first, written));
            return written;
        });
    }

    /// <summary>Writes a changed ticket whole (mapped to its document before the store's one writer is taken).</summary>
    public void Save(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var document = database.Mapper.ToDocument(ticket);
        if (!database.Write(() => database.Collection<BsonDocument>("tickets").Update(document) && Changed([ticket.Number])))
        {
            throw new InvalidOperationException($"Ticket {ticket.TicketNumber} does not exist.");
        }
    }

    public Ticket? Find(TicketNumber number) => database.Read(() => database.Tickets.ById(number.Value));

    /// <remarks>
    /// Down the requester index, the status checked here: LiteDB reads each of the requester's tickets either way, but it
    /// compiles a query joining two conditions anew on every call (a tenth of the bot's CPU in the load bench).
    /// </remarks>
    public IReadOnlyList<Ticket> OpenTicketsOf(string requesterId) => database.Read(() =>
        database.Tickets
            .Find(OfRequester.Bind(requesterId))
            .Where(t => t.Status != TicketStatus.Closed)
            .OrderBy(t => t.Number)
            .ToList());

    public IReadOnlyList<Ticket> ClosedOf(string requesterId, DateTimeOffset since) => database.Read(() =>
        database.Tickets
            .Find(OfRequesterWithStatus.Bind(requesterId, nameof(TicketStatus.Closed)))
            .Where(t => (t.ClosedAt ?? t.UpdatedAt) >= since)
            .OrderByDescending(t => t.ClosedAt ?? t.UpdatedAt)
            .ToList());

    public IReadOnlyList<Ticket> OpenTickets() => database.Read(() => database.Tickets.Find(OpenStatuses).OrderBy(t => t.Number).ToList());

    public IReadOnlyList<Ticket> NotAnnounced() =>
        database.Read(() => database.Tickets.Find(OpenStatuses).Where(t => t.AnnouncedAt is null).OrderBy(t => t.Number).ToList());

    public IReadOnlyList<Ticket> TakenAndOpen() =>
        database.Read(() => database.Tickets.Find(OpenStatuses).Where(t => t.TakenAt is not null).OrderBy(t => t.Number).ToList());

    /// <summary>
    /// Read down the number index, stopping at the first ticket older than <paramref name="since"/> (numbers follow
    /// opening order): a look at the last minutes without reading the whole file.
    /// </summary>
    public IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since) =>
        database.Read(() => database.Tickets.Find(PreparedQuery.Common.Descending()).TakeWhile(t => t.OpenedAt >= since).ToList());

    public int LastNumber() => database.Read(() => database.Counters.ById(CounterId)?["value"].AsInt32 ?? 0);

    /// <summary>
    /// Read down the number index from the last, stopping at <paramref name="number"/>: a turn asks for the tickets opened
    /// during it (a handful). <c>Query.GT</c> had LiteDB parse and compile its expression on every call, 4 % of the bot's
    /// CPU under the load bench.
    /// </summary>
    public IReadOnlyList<Ticket> After(int number) =>
        database.Read(() =>
        {
            var after = database.Tickets.Find(PreparedQuery.Common.Descending()).TakeWhile(t => t.Number > number).ToList();
            after.Reverse();
            return after;
        });

    public IReadOnlyList<Ticket> All() => database.Read(() => database.Tickets.FindAll().OrderBy(t => t.Number).ToList());

    /// <remarks>Only the one field is read back, not whole tickets with their journals: it is asked on every new request.</remarks>
    public IReadOnlyList<DateTimeOffset> WaitingOpenings() => database.Read(() =>
        database.Tickets.Query().Where(WithStatus.Bind(nameof(TicketStatus.New)))
            .Select(t => new Opening { OpenedAt = t.OpenedAt }).ToEnumerable().Select(o => o.OpenedAt).ToList());

    public long LastChange() => database.Read(() => database.Counters.ById(ChangeCounterId)?["value"].AsInt64 ?? 0);

    /// <remarks>Down the index on the change value; each ticket is then read by its number.</remarks>
    public IReadOnlyList<TicketChange> ChangedSince(long change) => database.Read(() =>
        Changes.Find(ChangedAfter.Bind(change))
            .OrderBy(c => c[ChangeField].AsInt64)
            .Select(c => database.Tickets.ById(c["_id"].AsInt32) is { } ticket ? new TicketChange(c[ChangeField].AsInt64, ticket) : null)
            .OfType<TicketChange>()
            .ToList());

    /// <summary>Gives each written ticket the next change value, inside the caller's transaction.</summary>
    private bool Changed(IEnumerable<int> numbers)
    {
        // Read the change counter as last committed (see ReadLatest): a transaction beside others may have read it before.
        database.ReadLatest("counters");
        var change = LastChange();
        Changes.Upsert(numbers.Select(number => new BsonDocument { ["_id"] = number, [ChangeField] = ++change }).ToList());

        database.Counters.Upsert(new BsonDocument { ["_id"] = ChangeCounterId, ["value"] = change });
        return true;
    }

    /// <summary>The one field <see cref="WaitingOpenings"/> reads back.</summary>
    private sealed class Opening
    {
        public DateTimeOffset OpenedAt { get; set; }
    }
}
