using LiteDB;

namespace ServiceDesk.Core.Storage;

/// <summary>Tells a failure of the store worth retrying (the disk, the file, a lock) from a bug that would only fail again.</summary>
public static class StoreFailure
{
    /// <summary>
    /// True for a full disk (<see cref="StoreFullException"/> or the system's own), any other I/O error, a LiteDB lock
    /// timeout, an engine closed under a failure or the file's size limit: these pass once the disk, the file or the
    /// other process are back. False for everything else, LiteDB's complaints about a document or a query included:
    /// those are bugs, and retrying them would only repeat them.
    /// </summary>
    public static bool IsTransient(Exception error) => error switch
    {
        IOException => true,
        LiteException lite => lite.ErrorCode is LiteException.LOCK_TIMEOUT or LiteException.DATABASE_SHUTDOWN
            or LiteException.ENGINE_DISPOSED or LiteException.FILE_SIZE_EXCEEDED,
        _ => false,
    };
}
