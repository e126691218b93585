namespace ServiceDesk.Storage.Contract;

/// <summary>
/// The base of every contract test class: an adapter's test project derives from each contract class and says how to
/// open, close and delete its store. Each test gets a fresh, empty store.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private readonly Lock _opening = new();
    private DeskStores? _stores;

    /// <summary>
    /// The store under test, opened on first use, once even when a test's threads all ask for it first at the same time
    /// (they opened several stores on one file, and an adapter's bookkeeping of what it opened is not thread-safe).
    /// </summary>
    protected DeskStores Stores
    {
        get
        {
            lock (_opening)
            {
                return _stores ??= Open();
            }
        }
    }

    /// <summary>Closes the store and opens it again on the same data, as a restart of the bot would.</summary>
    protected void Reopen()
    {
        if (_stores is { } open)
        {
            Close(open);
        }

        _stores = Open();
    }

    /// <summary>Opens the store: empty the first time, with what it kept after <see cref="Close"/>.</summary>
    protected abstract DeskStores Open();

    /// <summary>Closes what <see cref="Open"/> returned, keeping the data.</summary>
    protected abstract void Close(DeskStores stores);

    /// <summary>Deletes the data once the test is over (the store is closed).</summary>
    protected abstract void Delete();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        if (_stores is { } open)
        {
            Close(open);
            _stores = null;
        }

        Delete();
    }
}
