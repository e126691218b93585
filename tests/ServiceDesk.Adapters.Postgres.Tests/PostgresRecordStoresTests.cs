using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>The RecordStores contract on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordStoresTests(PostgresCluster cluster) : RecordStoresContract
{
    private readonly PostgresStores _stores = new(cluster);

    protected override DeskStores Open() => _stores.Open();

    protected override void Close(DeskStores stores) => _stores.Close(stores);

    protected override void Delete() => _stores.Delete();
}
