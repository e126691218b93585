using LiteDB;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Which of LiteDB's own errors pass once the disk, the file or another process are back, and their translation into
/// the core's <see cref="StoreUnavailableException"/>, so that <see cref="StoreFailure.IsTransient"/> needs no LiteDB type.
/// </summary>
internal static class LiteDbFailure
{
    /// <summary>
    /// True for a LiteDB lock timeout, an engine closed under a failure or the file's size limit. False for LiteDB's
    /// complaints about a document or a query: those are bugs.
    /// </summary>
    public static bool IsTransient(LiteException error) =>
        error.ErrorCode is LiteException.LOCK_TIMEOUT or LiteException.DATABASE_SHUTDOWN
            or LiteException.ENGINE_DISPOSED or LiteException.FILE_SIZE_EXCEEDED;

    /// <summary>Runs <paramref name="operation"/>, reporting LiteDB's transient errors as <see cref="StoreUnavailableException"/>.</summary>
    public static T Translated<T>(string path, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (LiteException error) when (IsTransient(error))
        {
            throw new StoreUnavailableException($"The store {path} is not available for now: {error.Message}", error);
        }
    }
}
