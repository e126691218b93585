using ServiceDesk.Adapters.LiteDb;

namespace ServiceDesk.Core.Tests.Storage;

/// <summary>A real LiteDB file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sdb-tests-" + Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        FilePath = Path.Combine(_folder, "servicedesk.db");
        Database = new ServiceDeskDatabase(FilePath);
    }

    public string FilePath { get; }

    public ServiceDeskDatabase Database { get; private set; }

    /// <summary>Closes and reopens the file, as a restart would.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Database = new ServiceDeskDatabase(FilePath);
    }

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
