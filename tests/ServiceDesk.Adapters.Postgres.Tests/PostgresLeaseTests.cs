namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>The lease row: one holder at a time, renewals, expiry after a holder dies, release on a clean stop.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLeaseTests(PostgresCluster cluster) : IDisposable
{
    private readonly PostgresStores _stores = new(cluster);

    [Fact]
    public void TryHold_TwoInstances_OnlyTheFirstHoldsAndRenews()
    {
        var (first, second) = (Lease("a", TimeSpan.FromMinutes(1)), Lease("b", TimeSpan.FromMinutes(1)));

        Assert.True(first.TryHold());
        Assert.False(second.TryHold());
        Assert.True(first.TryHold());
        Assert.Equal("a", second.CurrentHolder());
        Assert.Equal(1, first.Generation);
    }

    [Fact]
    public async Task TryHold_HolderStopsRenewing_AnotherTakesItOnceExpiredWithANewGeneration()
    {
        var (first, second) = (Lease("a", TimeSpan.FromSeconds(1)), Lease("b", TimeSpan.FromSeconds(1)));
        Assert.True(first.TryHold());

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.True(second.TryHold());
        Assert.False(first.TryHold());
        Assert.Equal(2, second.Generation);
    }

    [Fact]
    public void Release_ByTheHolder_LetsAnotherTakeItAtOnce()
    {
        var (first, second) = (Lease("a", TimeSpan.FromMinutes(1)), Lease("b", TimeSpan.FromMinutes(1)));
        Assert.True(first.TryHold());

        second.Release();
        Assert.False(second.TryHold());
        first.Release();

        Assert.True(second.TryHold());
    }

    [Fact]
    public void TryHold_ManyInstancesAtOnce_ExactlyOneHolds()
    {
        var leases = Enumerable.Range(0, 12).Select(i => Lease($"i{i}", TimeSpan.FromMinutes(1))).ToList();

        var held = leases.AsParallel().WithDegreeOfParallelism(12).Count(l => l.TryHold());

        Assert.Equal(1, held);
    }

    public void Dispose() => _stores.Delete();

    private PostgresLease Lease(string holder, TimeSpan duration) =>
        new(new PostgresDatabase(_stores.ConnectionString), "channel:xmpp", holder, duration);
}
