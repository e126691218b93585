using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tests.Storage;

/// <summary>
/// Every turn asks whether an outage is current (is the person writing about a major incident?). On a store this process
/// owns, "none" is read from the store once and then answered from memory, for that time and any later one, until an
/// outage is written (committed or not); a read during which an outage write ended is not remembered.
/// </summary>
public sealed class TurnReadCacheOutagesTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _db = new();
    private readonly CountingOutages _counted;
    private readonly IUnitOfWork _store;
    private readonly IOutageStore _outages;

    public TurnReadCacheOutagesTests()
    {
        var cache = new TurnReadCache(ownsStore: true);
        _counted = new CountingOutages(new OutageStore(_db.Database));
        _store = cache.Around((IUnitOfWork)_db.Database);
        _outages = cache.Around(_counted);
    }

    [Fact]
    public void NoneCurrent_IsReadOnce_ThenAnsweredFromMemory_ForThatTimeAndLaterOnes()
    {
        Assert.Empty(_store.InOneTransaction(() => _outages.Current(Monday)));
        Assert.Empty(_store.InOneTransaction(() => _outages.Current(Monday.AddMinutes(5))));
        Assert.Empty(_outages.Current(Monday.AddHours(1)));
        Assert.Equal(1, _counted.Reads);

        // An earlier time may have an outage resolved in between: the store decides.
        Assert.Empty(_outages.Current(Monday.AddHours(-1)));
        Assert.Equal(2, _counted.Reads);
    }

    [Fact]
    public void AnOutageOpened_InATurnOrAlone_IsSeenByTheNextRead()
    {
        _ = _outages.Current(Monday);
        var opened = _store.InOneTransaction(() => _outages.Open(Outage("messagerie")));
        Assert.Equal([opened.Number], _outages.Current(Monday).Select(o => o.Number));

        _store.InOneTransaction(() => _outages.Save(opened with { Status = OutageStatus.Resolved, ResolvedAt = Monday.AddMinutes(30) }));
        _ = _outages.Current(Monday.AddHours(1));
        var alone = _outages.Open(Outage("vpn"));
        Assert.Equal([alone.Number], _outages.Current(Monday.AddHours(1)).Select(o => o.Number));
    }

    [Fact]
    public void AnOutageWrittenByATransactionThatFailed_IsReadFromTheStoreAfter()
    {
        _ = _outages.Current(Monday);
        _counted.Reads = 0;

        Assert.Throws<InvalidOperationException>(() => _store.InOneTransaction(() =>
        {
            _outages.Open(Outage("messagerie"));
            throw new InvalidOperationException("the command failed");
        }));

        Assert.Empty(_outages.Current(Monday));
        Assert.Equal(1, _counted.Reads);
    }

    [Fact]
    public void NoneReadWhileAnOutageWriteEnded_IsNotRemembered()
    {
        _ = _store.InOneTransaction(() =>
        {
            StorageSamples.OnAnotherThread(() => _store.InOneTransaction(() => _outages.Open(Outage("messagerie") with { Status = OutageStatus.Resolved, ResolvedAt = Monday.AddDays(-1) })));
            return _outages.Current(Monday);
        });
        var inTurn = _counted.Reads;
        _ = _outages.Current(Monday);

        Assert.Equal((1, 2), (inTurn, _counted.Reads));
    }

    [Fact]
    public void StoreNotOwned_IsLeftAsItIs()
    {
        var store = new OutageStore(_db.Database);
        Assert.Same(store, new TurnReadCache().Around(store));
    }

    public void Dispose() => _db.Dispose();

    private static Outage Outage(string service) => new()
    {
        Service = service,
        Words = [service],
        Symptom = "ne répond plus",
        Status = OutageStatus.Open,
        OpenedBy = "xmpp:tech@localhost",
        OpenedAt = Monday,
    };

    /// <summary>The store's reads of the current outages, counted; everything else passed through.</summary>
    private sealed class CountingOutages(IOutageStore inner) : DelegatingOutageStore(inner)
    {
        private int _reads;

        public int Reads
        {
            get => Volatile.Read(ref _reads);
            set => Volatile.Write(ref _reads, value);
        }

        public override IReadOnlyList<Outage> Current(DateTimeOffset resolvedSince)
        {
            Interlocked.Increment(ref _reads);
            return Inner.Current(resolvedSince);
        }
    }
}
