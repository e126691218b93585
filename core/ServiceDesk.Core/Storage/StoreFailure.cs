namespace ServiceDesk.Core.Storage;

/// <summary>Tells a failure of the store worth retrying (the disk, the file, a lock) from a bug that would only fail again.</summary>
/// <remarks>
/// Each store adapter reports the failures that pass once the disk, the file or the other process are back as an
/// <see cref="IOException"/> (a full disk as <see cref="StoreFullException"/>, the rest as
/// <see cref="StoreUnavailableException"/> around the store's own error), so the desk needs to know no store's types.
/// </remarks>
public static class StoreFailure
{
    /// <summary>
    /// True for any <see cref="IOException"/>: a full disk, another I/O error, a store that is locked, closed under a
    /// failure or at its size limit. False for everything else, a store's complaints about a document or a query
    /// included: those are bugs, and retrying them would only repeat them.
    /// </summary>
    public static bool IsTransient(Exception error) => error is IOException;
}
