using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// The storage contract's tickets again, on the LiteDB file behind the desk's turn read cache (as the bot runs it):
/// inside a transaction the remembered reads and the transaction's own writes must answer as the store itself would.
/// </summary>
public sealed class TurnReadCacheTicketStoreTests : TicketStoreContract
{
    private readonly LiteDbFile _file = new(readCache: true);

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}

/// <summary>The storage contract's conversations and profiles behind the turn read cache.</summary>
public sealed class TurnReadCacheRecordStoresTests : RecordStoresContract
{
    private readonly LiteDbFile _file = new(readCache: true);

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}

/// <summary>The storage contract's transactions behind the turn read cache (a failed one keeps nothing, nor is remembered).</summary>
public sealed class TurnReadCacheUnitOfWorkTests : UnitOfWorkContract
{
    private readonly LiteDbFile _file = new(readCache: true);

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}

/// <summary>
/// The storage contract's tickets behind the turn read cache as the bot runs it on its LiteDB file, remembering what was
/// committed beyond a transaction (the store is this process's alone).
/// </summary>
public sealed class OwnedTurnReadCacheTicketStoreTests : TicketStoreContract
{
    private readonly LiteDbFile _file = new(readCache: true, ownsStore: true);

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}

/// <summary>The storage contract's conversations and profiles behind the turn read cache that remembers what was committed.</summary>
public sealed class OwnedTurnReadCacheRecordStoresTests : RecordStoresContract
{
    private readonly LiteDbFile _file = new(readCache: true, ownsStore: true);

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}

/// <summary>The storage contract's transactions behind the turn read cache that remembers what was committed.</summary>
public sealed class OwnedTurnReadCacheUnitOfWorkTests : UnitOfWorkContract
{
    private readonly LiteDbFile _file = new(readCache: true, ownsStore: true);

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}

/// <summary>The storage contract's outages behind the turn read cache that remembers that none is current.</summary>
public sealed class OwnedTurnReadCacheOutageStoreTests : OutageStoreContract
{
    private readonly LiteDbFile _file = new(readCache: true, ownsStore: true);

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}
