namespace ServiceDesk.Core.Storage;

/// <summary>
/// The store refused to commit because this instance no longer has the right to write: several instances share the
/// store, another one took over the work this one was doing (a newer tenure of the lease), and this one must stop at
/// once, keep nothing and send nothing. Nothing of the transaction was kept. Not transient: running the same work again
/// would be refused again (see <see cref="StoreFailure.IsTransient"/>).
/// </summary>
public sealed class StoreFencedException : InvalidOperationException
{
    public StoreFencedException()
    {
    }

    public StoreFencedException(string message)
        : base(message)
    {
    }

    public StoreFencedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
