using LiteDB;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tests.Storage;

public sealed class StoreFailureTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new StoreFullException("servicedesk.db", 1024, 32 * 1024 * 1024),
        new IOException("No space left on device : 'servicedesk-log.db'", 28),
        new DriveNotFoundException(),
        new LiteException(LiteException.LOCK_TIMEOUT, "Database lock timeout"),
        new LiteException(LiteException.ENGINE_DISPOSED, "This engine instance already disposed."),
    ];

    public static TheoryData<Exception> Bugs() =>
    [
        new InvalidOperationException("Ticket #4 does not exist."),
        new ArgumentException("empty"),
        new NullReferenceException(),
        new LiteException(LiteException.INDEX_DUPLICATE_KEY, "Cannot insert duplicate key"),
        new LiteException(LiteException.INVALID_INDEX_KEY, "Index key must be less than 1023 bytes."),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void IsTransient_DiskFileOrLockFailure_IsRetried(Exception error) => Assert.True(StoreFailure.IsTransient(error));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void IsTransient_Bug_IsNotRetried(Exception error) => Assert.False(StoreFailure.IsTransient(error));
}
