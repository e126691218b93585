namespace ServiceDesk.Core.Storage;

/// <summary>
/// The store could not do what was asked for a reason that should pass (its file locked, its engine closed under a
/// failure, its size limit reached): nothing of the transaction was kept, and the caller may retry. The store's own
/// error is the inner exception.
/// </summary>
public sealed class StoreUnavailableException : IOException
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
