using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>The storage contract's <see cref="UnitOfWorkContract"/> on the LiteDB file.</summary>
public sealed class LiteDbUnitOfWorkTests : UnitOfWorkContract
{
    private readonly LiteDbFile _file = new();

    protected override DeskStores Open() => _file.Open();

    protected override void Close(DeskStores stores) => _file.Close(stores);

    protected override void Delete() => _file.Delete();
}
