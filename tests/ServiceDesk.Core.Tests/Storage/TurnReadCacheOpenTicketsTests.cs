using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Storage;

/// <summary>
/// A requester's open tickets on a store this process owns: read from the store once, then answered from memory, in
/// turns and outside them, until a ticket of theirs is written (committed or not), an import, or a read that may have
/// missed a write ended meanwhile; every relay of a requester's words asks for them.
/// </summary>
public sealed class TurnReadCacheOpenTicketsTests : IDisposable
{
    private const string Alice = "xmpp:alice@localhost";
    private const string Bob = "xmpp:bob@localhost";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _db = new();
    private readonly CountingTickets _counted;
    private readonly IUnitOfWork _store;
    private readonly ITicketStore _tickets;

    public TurnReadCacheOpenTicketsTests()
    {
        var cache = new TurnReadCache(ownsStore: true);
        _counted = new CountingTickets(new TicketStore(_db.Database));
        _store = cache.Around((IUnitOfWork)_db.Database);
        _tickets = cache.Around(_counted);
    }

    [Fact]
    public void ReadOnce_IsAnsweredFromMemory_InTheNextTurnsAndOutsideThem()
    {
        var opened = _store.InOneTransaction(() => _tickets.Open(Draft(Alice)));
        _counted.Reads = 0;

        var first = _store.InOneTransaction(() => _tickets.OpenTicketsOf(Alice));
        var second = _store.InOneTransaction(() => _tickets.OpenTicketsOf(Alice));
        var outside = _tickets.OpenTicketsOf(Alice);

        Assert.Equal(1, _counted.Reads);
        Assert.Equal([opened.Number], first.Select(t => t.Number));
        Assert.Same(first, second);
        Assert.Same(first, outside);
    }

    [Fact]
    public void ATicketOfTheRequesterWritten_TheNextReadSeesIt_FromTheStore()
    {
        var opened = _store.InOneTransaction(() => _tickets.Open(Draft(Alice)));
        _ = _tickets.OpenTicketsOf(Alice);
        _ = _tickets.OpenTicketsOf(Bob);
        _counted.Reads = 0;

        _store.InOneTransaction(() => _tickets.Save(opened with { Status = TicketStatus.Closed, ClosedAt = Monday }));

        Assert.Empty(_store.InOneTransaction(() => _tickets.OpenTicketsOf(Alice)));
        Assert.Equal(1, _counted.Reads);

        // Another requester's list stays remembered.
        _ = _tickets.OpenTicketsOf(Bob);
        Assert.Equal(1, _counted.Reads);

        // A write outside any transaction (its own) too.
        var again = _tickets.Open(Draft(Alice));
        Assert.Equal([again.Number], _tickets.OpenTicketsOf(Alice).Select(t => t.Number));
        Assert.Equal(2, _counted.Reads);
    }

    [Fact]
    public void ATicketWrittenByATransactionThatFailed_IsReadFromTheStoreAfter()
    {
        var opened = _store.InOneTransaction(() => _tickets.Open(Draft(Alice)));
        _ = _tickets.OpenTicketsOf(Alice);
        _counted.Reads = 0;

        Assert.Throws<InvalidOperationException>(() => _store.InOneTransaction(() =>
        {
            _tickets.Save(opened with { Status = TicketStatus.Closed, ClosedAt = Monday });
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Equal([opened.Number], _tickets.OpenTicketsOf(Alice).Select(t => t.Number));
        Assert.Equal(1, _counted.Reads);
    }

    [Fact]
    public void AListReadWhileAnotherTicketWriteEnded_IsNotRemembered()
    {
        _store.InOneTransaction(() => _tickets.Open(Draft(Alice)));
        _counted.Reads = 0;

        // The turn began before the write ended: what it reads may be older than that write.
        _ = _store.InOneTransaction(() =>
        {
            StorageSamples.OnAnotherThread(() => _store.InOneTransaction(() => _tickets.Open(Draft(Bob))));
            return _tickets.OpenTicketsOf(Alice);
        });
        _ = _tickets.OpenTicketsOf(Alice);
        _ = _tickets.OpenTicketsOf(Alice);

        Assert.Equal(2, _counted.Reads);
    }

    [Fact]
    public void AnImport_ForgetsEveryList()
    {
        _store.InOneTransaction(() => _tickets.Open(Draft(Alice)));
        _ = _tickets.OpenTicketsOf(Alice);
        _counted.Reads = 0;

        _store.InOneTransaction(() => _tickets.Import([Draft(Alice)]));

        Assert.Equal(2, _tickets.OpenTicketsOf(Alice).Count);
        Assert.Equal(1, _counted.Reads);
    }

    [Fact]
    public void AskedByAnotherSpelling_IsReadFromTheStore()
    {
        _store.InOneTransaction(() => _tickets.Open(Draft(Alice)));
        _ = _tickets.OpenTicketsOf(Alice);
        _counted.Reads = 0;

        _ = _tickets.OpenTicketsOf(Alice.ToUpperInvariant());

        Assert.Equal(1, _counted.Reads);
    }

    [Fact]
    public void StoreNotOwned_EachTurnReadsTheStore()
    {
        var counted = new CountingTickets(new TicketStore(_db.Database));
        var cache = new TurnReadCache();
        var store = cache.Around((IUnitOfWork)_db.Database);
        var tickets = cache.Around(counted);
        store.InOneTransaction(() => tickets.Open(Draft(Alice)));

        _ = store.InOneTransaction(() => tickets.OpenTicketsOf(Alice));
        _ = store.InOneTransaction(() => tickets.OpenTicketsOf(Alice));

        Assert.Equal(2, counted.Reads);
    }

    public void Dispose() => _db.Dispose();

    private static Ticket Draft(string requester) => StorageSamples.Ticket(requester, Monday);

    /// <summary>The store's reads of a requester's open tickets, counted; everything else passed through.</summary>
    private sealed class CountingTickets(ITicketStore inner) : DelegatingTicketStore(inner)
    {
        private int _reads;

        public int Reads
        {
            get => Volatile.Read(ref _reads);
            set => Volatile.Write(ref _reads, value);
        }

        public override IReadOnlyList<Ticket> OpenTicketsOf(string requesterId)
        {
            Interlocked.Increment(ref _reads);
            return Inner.OpenTicketsOf(requesterId);
        }
    }
}
