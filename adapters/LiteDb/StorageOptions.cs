using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>Where the desk keeps its data (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>Path of the LiteDB file; relative paths are relative to the working directory.</summary>
    public string Path { get; set; } = "data/servicedesk.db";

    /// <summary>
    /// Free space the store keeps on its volume: below it every write is refused before it starts
    /// (<see cref="StoreFullException"/>), because LiteDB does not come through a write that fails for lack of space
    /// (see <see cref="ServiceDeskDatabase"/>). A turn writes a few kilobytes; <c>0</c> turns the check off.
    /// </summary>
    public int MinimumFreeMegabytes { get; set; } = 32;

    /// <summary><see cref="MinimumFreeMegabytes"/> in bytes.</summary>
    public long MinimumFreeBytes => MinimumFreeMegabytes * 1024L * 1024L;
}
