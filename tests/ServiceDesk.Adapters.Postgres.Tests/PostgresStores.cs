using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>How the contract opens, closes and deletes a PostgreSQL store: one database per test.</summary>
internal sealed class PostgresStores
{
    private readonly PostgresCluster _cluster;
    private readonly string _name = "t_" + Guid.NewGuid().ToString("N");
    private readonly Dictionary<DeskStores, PostgresDatabase> _open = [];
    private readonly Lock _gate = new();

    public PostgresStores(PostgresCluster cluster)
    {
        _cluster = cluster;
        ConnectionString = cluster.NewDatabase(_name);
    }

    /// <summary>The test's own database.</summary>
    public string ConnectionString { get; }

    public DeskStores Open()
    {
        var database = new PostgresDatabase(ConnectionString);
        var stores = Over(database);
        lock (_gate)
        {
            _open[stores] = database;
        }

        return stores;
    }

    public void Close(DeskStores stores)
    {
        PostgresDatabase? database;
        lock (_gate)
        {
            _open.Remove(stores, out database);
        }

        database?.Dispose();
    }

    /// <summary>Drops the database, closing what the test left open.</summary>
    public void Delete()
    {
        lock (_gate)
        {
            foreach (var database in _open.Values)
            {
                database.Dispose();
            }

            _open.Clear();
        }

        _cluster.DropDatabase(_name);
    }

    public static DeskStores Over(PostgresDatabase database) => new(
        database,
        new PostgresTicketStore(database),
        new PostgresConversationStore(database),
        new PostgresProfileStore(database),
        new PostgresInboxStore(database),
        new PostgresProblemStore(database),
        new PostgresThreadStore(database),
        new PostgresOutageStore(database));
}
