using LiteDB;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>LiteDB's own errors reach the desk as the core's store failures, so the desk retries without knowing LiteDB.</summary>
public sealed class LiteDbFailureTests
{
    public static TheoryData<LiteException> Transient() =>
    [
        new LiteException(LiteException.LOCK_TIMEOUT, "Database lock timeout"),
        new LiteException(LiteException.ENGINE_DISPOSED, "This engine instance already disposed."),
        new LiteException(LiteException.FILE_SIZE_EXCEEDED, "File size exceeded"),
    ];

    public static TheoryData<LiteException> Bugs() =>
    [
        new LiteException(LiteException.INDEX_DUPLICATE_KEY, "Cannot insert duplicate key"),
        new LiteException(LiteException.INVALID_INDEX_KEY, "Index key must be less than 1023 bytes."),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void Translated_LockOrClosedEngine_BecomesARetriedStoreFailure(LiteException error)
    {
        var reported = Assert.Throws<StoreUnavailableException>(() => LiteDbFailure.Translated<int>("servicedesk.db", () => throw error));

        Assert.Same(error, reported.InnerException);
        Assert.True(StoreFailure.IsTransient(reported));
    }

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Translated_DocumentOrQueryComplaint_StaysABug(LiteException error)
    {
        var reported = Assert.Throws<LiteException>(() => LiteDbFailure.Translated<int>("servicedesk.db", () => throw error));

        Assert.False(StoreFailure.IsTransient(reported));
    }
}
