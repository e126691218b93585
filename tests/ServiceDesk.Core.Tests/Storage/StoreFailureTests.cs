using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tests.Storage;

public sealed class StoreFailureTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new StoreFullException("servicedesk.db", 1024, 32 * 1024 * 1024),
        new IOException("No space left on device : 'servicedesk-log.db'", 28),
        new DriveNotFoundException(),
        new StoreUnavailableException("The store is locked by another process", new TimeoutException()),
    ];

    public static TheoryData<Exception> Bugs() =>
    [
        new InvalidOperationException("Ticket #4 does not exist."),
        new ArgumentException("empty"),
        new NullReferenceException(),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void IsTransient_DiskFileOrLockFailure_IsRetried(Exception error) => Assert.True(StoreFailure.IsTransient(error));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void IsTransient_Bug_IsNotRetried(Exception error) => Assert.False(StoreFailure.IsTransient(error));
}
