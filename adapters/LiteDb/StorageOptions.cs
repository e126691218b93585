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

    /// <summary>
    /// True (the default): commits that arrive while the log is being flushed to disk share the next flush (group
    /// commit), each still returning only once it is on disk. False: one flush per commit, the writer held through it
    /// (how it was before; kept to measure the two in the load bench).
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary><see cref="MinimumFreeMegabytes"/> in bytes.</summary>
    public long MinimumFreeBytes => MinimumFreeMegabytes * 1024L * 1024L;
}
