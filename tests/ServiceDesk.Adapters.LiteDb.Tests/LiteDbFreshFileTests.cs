using LiteDB;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// A new file has all the desk's collections from the moment it is opened: LiteDB 5 fails (and leaves unusable) a
/// transaction that reads a collection while another transaction is creating it, which the desk bench met on a fresh file.
/// </summary>
public sealed class LiteDbFreshFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-fresh-").FullName;

    [Fact]
    public void Open_NewFile_CreatesEveryCollectionEmpty()
    {
        var path = Path.Combine(_folder, "servicedesk.db");
        new ServiceDeskDatabase(path).Dispose();

        using var file = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var names = file.GetCollectionNames().ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["tickets", "counters", "ticket_changes", "conversations", "profiles", "problems", "outages", "inbox"], StringComparer.Ordinal), names);
        Assert.Equal(0, file.GetCollection("conversations").Count());
        Assert.Equal(0, file.GetCollection("counters").Count());
    }

    [Fact]
    public void Open_NewFile_IndexesTheDeliveryKeysByTheirTime()
    {
        // Each keep with a delivery key drops the keys past their hour: by index, not by reading every key kept.
        var path = Path.Combine(_folder, "servicedesk.db");
        new ServiceDeskDatabase(path).Dispose();

        using var file = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var indexes = file.GetCollection("$indexes").Find(Query.EQ("collection", InboxStore.DeliveriesCollection)).Select(i => i["expression"].AsString).ToList();
        Assert.Contains("$." + InboxStore.ReceivedAtField, indexes);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
