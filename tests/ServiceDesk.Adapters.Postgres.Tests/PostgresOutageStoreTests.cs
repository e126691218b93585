using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>The OutageStore contract on PostgreSQL (schema step 5).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutageStoreTests(PostgresCluster cluster) : OutageStoreContract
{
    private readonly PostgresStores _stores = new(cluster);

    protected override DeskStores Open() => _stores.Open();

    protected override void Close(DeskStores stores) => _stores.Close(stores);

    protected override void Delete() => _stores.Delete();
}
