using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>The TicketStore contract on PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTicketStoreTests(PostgresCluster cluster) : TicketStoreContract
{
    private readonly PostgresStores _stores = new(cluster);

    protected override DeskStores Open() => _stores.Open();

    protected override void Close(DeskStores stores) => _stores.Close(stores);

    protected override void Delete() => _stores.Delete();
}
