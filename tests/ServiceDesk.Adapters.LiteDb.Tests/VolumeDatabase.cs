using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// The desk's store on a <see cref="LimitedVolume"/> (real files in a fresh temporary folder, deleted afterwards), keeping
/// <see cref="Reserve"/> free; <see cref="LimitedVolume.Fill"/> and <see cref="LimitedVolume.MakeRoom"/> fill and free the disk.
/// </summary>
public sealed class VolumeDatabase : IDisposable
{
    public const long Reserve = 256 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-volume-").FullName;

    public VolumeDatabase()
    {
        FilePath = Path.Combine(_folder, "servicedesk.db");
        var streams = new StoreStreams(Volume.Open(FilePath), Volume.Open(Path.Combine(_folder, "servicedesk-log.db")), () => Volume.FreeBytes);
        Database = new ServiceDeskDatabase(FilePath, streams, Reserve);
    }

    public LimitedVolume Volume { get; } = new();

    public string FilePath { get; }

    public ServiceDeskDatabase Database { get; }

    /// <summary>
    /// What the store holds, read by another store opened on the same path in this process: it joins the open engine
    /// (one per file per process), as every reader in the bot's process does.
    /// </summary>
    public T ReadFile<T>(Func<ServiceDeskDatabase, T> read)
    {
        using var file = new ServiceDeskDatabase(FilePath, minimumFreeBytes: 0);
        return read(file);
    }

    /// <summary>Every byte of the data and log files (not the lock file the open store holds).</summary>
    public byte[] Bytes() =>
        [.. Directory.GetFiles(_folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes)];

    public void Dispose()
    {
        Database.Dispose();
        Volume.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
