namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The desk's LiteDB file is held by another process (a running bot): LiteDB in direct mode keeps its pages cached in
/// the process that opened it, so a second process writing the same file would corrupt it. Not transient: the bot
/// refuses to start, and the inspection verbs read through the running bot instead (<see cref="StoreReadClient"/>).
/// </summary>
public sealed class StoreInUseException(string path, string lockPath, Exception? inner = null) : IOException(
    $"The store {path} is already in use by another process (a bot running on the same file holds {lockPath}). " +
    "Stop that bot first, or give this one another file with --Storage:Path=….", inner)
{
    /// <summary>The LiteDB file.</summary>
    public string StorePath { get; } = path;
}
