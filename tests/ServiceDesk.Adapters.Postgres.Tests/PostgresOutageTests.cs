using ServiceDesk.Core.Storage;
using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>
/// The server going away and coming back, on a cluster of the test's own: while it is down every call fails as
/// the core's transient <see cref="StoreUnavailableException"/> (the desk keeps the message and retries), having kept
/// nothing; once it is back the same store works again without being reopened.
/// </summary>
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private PostgresServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync(CancellationToken.None);
        await _server.CreateDatabaseAsync("desk");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Store_ServerStoppedThenStarted_FailsAsTransientThenWorksAgain()
    {
        using var database = new PostgresDatabase(_server.ConnectionString("desk"));
        var stores = PostgresStores.Over(database);
        stores.Tickets.Open(Draft());

        await _server.StopAsync();
        var down = Assert.ThrowsAny<IOException>(() => stores.UnitOfWork.InOneTransaction(() => stores.Tickets.Open(Draft())));
        var read = Assert.ThrowsAny<IOException>(() => stores.Tickets.All());
        await _server.StartAgainAsync();

        Assert.IsType<StoreUnavailableException>(down);
        Assert.True(StoreFailure.IsTransient(read));
        Assert.Equal(2, stores.Tickets.Open(Draft()).Number);
        Assert.Equal([1, 2], stores.Tickets.All().Select(t => t.Number));
    }

    private static Core.Tickets.Ticket Draft() => new()
    {
        RequesterId = "xmpp:alice@localhost",
        ReplyChannel = "xmpp",
        ReplyAddress = "alice@localhost",
        Description = "VPN",
        OpenedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
    };
}
