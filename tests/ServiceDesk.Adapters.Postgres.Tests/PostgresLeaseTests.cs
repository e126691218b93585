using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;
using ServiceDesk.Testing;

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

        var held = AllAtOnce.Run(leases.Count, i => leases[i].TryHold()).Count(h => h);

        Assert.Equal(1, held);
    }

    [Fact]
    public void Release_ThenTakenAgain_TheNextTenureHasAHigherGeneration()
    {
        var (first, second) = (Lease("a", TimeSpan.FromMinutes(1)), Lease("b", TimeSpan.FromMinutes(1)));
        Assert.True(first.TryHold());
        first.Release();

        Assert.True(second.TryHold());
        second.Release();
        Assert.True(first.TryHold());

        Assert.Equal((2, 3), (second.Generation, first.Generation));
    }

    /// <summary>
    /// Fencing (issue 18): a holder that stopped renewing (frozen) while another took over cannot commit when it wakes
    /// up; nothing of its transaction is kept. Its transactions committed while it held the lease are kept.
    /// </summary>
    [Fact]
    public async Task FencedTransaction_AfterATakeover_IsRefusedAndKeepsNothing()
    {
        using var formerDatabase = new PostgresDatabase(_stores.ConnectionString);
        var former = new PostgresLease(formerDatabase, "channels", "a", TimeSpan.FromSeconds(1));
        var inbox = new PostgresInboxStore(formerDatabase);
        Assert.True(former.TryHold());
        var tenure = former.Generation;
        using (former.Fence(tenure))
        {
            formerDatabase.InOneTransaction(() => inbox.Keep(Message("while held")));
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var next = Lease("b", TimeSpan.FromMinutes(1), "channels");
        Assert.True(next.TryHold());

        using (former.Fence(tenure))
        {
            var refused = Assert.Throws<StoreFencedException>(() => formerDatabase.InOneTransaction(() => inbox.Keep(Message("after the takeover"))));
            Assert.Contains($"tenure {tenure}", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(["while held"], inbox.Pending("xmpp").Select(p => p.Message.Text));
    }

    [Fact]
    public async Task FencedTransaction_LeaseExpiredWithoutTakeover_IsRefused()
    {
        using var database = new PostgresDatabase(_stores.ConnectionString);
        var lease = new PostgresLease(database, "channels", "a", TimeSpan.FromSeconds(1));
        Assert.True(lease.TryHold());
        var tenure = lease.Generation;

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        using (lease.Fence(tenure))
        {
            Assert.Throws<StoreFencedException>(() => database.InOneTransaction(() => new PostgresInboxStore(database).Keep(Message("late"))));
        }

        // Taken again after it expired: a new tenure, and the old tenure's fence still refuses.
        Assert.True(lease.TryHold());
        Assert.Equal(tenure + 1, lease.Generation);
        using (lease.Fence(tenure))
        {
            Assert.Throws<StoreFencedException>(() => database.InOneTransaction(() => new PostgresInboxStore(database).Keep(Message("late"))));
        }

        using (lease.Fence(lease.Generation))
        {
            database.InOneTransaction(() => new PostgresInboxStore(database).Keep(Message("new tenure")));
        }
    }

    /// <summary>A transaction left open by a frozen process is ended by the server, so its locks do not block the instance that takes over.</summary>
    [Fact]
    public void Transaction_IdleLongerThanTheLimit_IsEndedByTheServerAndItsLocksFreed()
    {
        using var frozen = new PostgresDatabase(_stores.ConnectionString);
        using var other = new PostgresDatabase(_stores.ConnectionString);
        var frozenTickets = new PostgresTicketStore(frozen);
        frozenTickets.All();  // Migrated.

        var failure = Record.Exception(() => frozen.InOneTransaction(() =>
        {
            frozen.Run(command => command.Sql("SELECT value FROM counters WHERE name = 'ticket' FOR UPDATE").ExecuteScalar());
            Thread.Sleep(PostgresDatabase.IdleTransactionLimit + TimeSpan.FromSeconds(2));
            return frozen.Run(command => command.Sql("SELECT 1").ExecuteScalar());
        }));

        Assert.IsType<StoreUnavailableException>(failure);
        var locked = other.InOneTransaction(() => other.Run(command => command.Sql("SELECT value FROM counters WHERE name = 'ticket' FOR UPDATE NOWAIT").ExecuteScalar()));
        Assert.Equal(0, Convert.ToInt32(locked, System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _stores.Delete();

    private PostgresLease Lease(string holder, TimeSpan duration, string name = "channel:xmpp") =>
        new(new PostgresDatabase(_stores.ConnectionString), name, holder, duration);

    private static InboundMessage Message(string text) => new(new ChannelAddress("xmpp", "alice@localhost"), text, DateTimeOffset.UnixEpoch);
}
