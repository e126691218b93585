namespace ServiceDesk.Core.Storage;

/// <summary>
/// The store's transactions: a turn of the desk (or a tick) runs in one, so that when a write fails half-way (a full
/// disk) nothing of it is kept, neither the ticket nor the conversation's move, and the same turn can run again.
/// </summary>
/// <remarks>
/// The stores (<see cref="ITicketStore"/>, <see cref="IConversationStore"/>…) of one desk share one unit of work.
/// A store method called inside <see cref="InOneTransaction{T}"/> joins it and sees what the transaction wrote so far;
/// called outside, it is its own transaction. Transactions run side by side on different threads; the work must run
/// synchronously on the calling thread.
/// </remarks>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all its writes are kept, or none. A call made inside another
    /// (on the same thread) joins it, and the outermost one commits. A store that cannot write throws an
    /// <see cref="IOException"/> (<see cref="StoreFullException"/> for a full disk; <see cref="StoreFailure"/> tells
    /// these apart from bugs), having kept nothing.
    /// </summary>
    T InOneTransaction<T>(Func<T> work);

    /// <summary><see cref="InOneTransaction{T}"/> for work that returns nothing.</summary>
    void InOneTransaction(Action work);

    /// <summary>
    /// Runs <paramref name="work"/> as <see cref="InOneTransaction{T}"/> does (synchronously, on the calling thread); the
    /// task completes, with the work's result, once what it wrote is as durable as <see cref="InOneTransaction{T}"/>
    /// would have made it before returning. A store that puts a commit on disk after it lets the next transaction write
    /// (LiteDB's group commit) lets the caller's thread go meanwhile instead of blocking it: <see cref="InOneTransactionCommitted{T}"/>,
    /// its flush awaited (by default, the same as <see cref="InOneTransaction{T}"/>).
    /// </summary>
    ValueTask<T> InOneTransactionAsync<T>(Func<T> work) => InOneTransactionCommitted(work).WhenDurableAsync();

    /// <summary>
    /// Runs <paramref name="work"/> as <see cref="InOneTransaction{T}"/> does and returns once it is committed, perhaps
    /// before it is on disk: <see cref="Committed{T}.DurableAsync"/> completes once it is as durable as
    /// <see cref="InOneTransaction{T}"/> would have made it. For a caller with work to start meanwhile that depends only on
    /// the commit, and whose flush to disk can be shared with the commits that follow (the inbox's keep, then the turn
    /// that handles the message: one flush for both). By default the commit is already durable when this returns.
    /// </summary>
    /// <remarks>Called inside another transaction, it joins it, and the outermost one's commit and flush are what count.</remarks>
    Committed<T> InOneTransactionCommitted<T>(Func<T> work) => new(InOneTransaction(work), null);
}

/// <summary>A transaction's result, committed; <see cref="DurableAsync"/> says when the commit is on disk.</summary>
/// <param name="result">What the transaction's work returned.</param>
/// <param name="durable">
/// Waits for the commit's flush, given how long it may wait for another commit's and what else ends that wait (see
/// <see cref="DurableAsync"/>); null when already on disk.
/// </param>
public readonly struct Committed<T>(T result, Func<TimeSpan, Task?, ValueTask>? durable)
{
    public T Result { get; } = result;

    /// <summary>
    /// Completes once the commit is on disk. A store that flushes commits in groups waits up to <paramref name="linger"/>
    /// for a flush that another commit starts and that covers this one, then flushes itself. <paramref name="until"/>,
    /// when given, ends that wait as soon as it completes (the caller knows then that no such commit is coming), and lets
    /// the linger be <see cref="Timeout.InfiniteTimeSpan"/>: no timer at all. Throws what the flush threw: the commit is
    /// then written but perhaps not on disk, and calling this again tries another flush.
    /// </summary>
    public ValueTask DurableAsync(TimeSpan linger, Task? until = null) => durable?.Invoke(linger, until) ?? ValueTask.CompletedTask;

    /// <summary>The result, once the commit is on disk (flushed at once when no flush covering it is running).</summary>
    public async ValueTask<T> WhenDurableAsync()
    {
        await DurableAsync(TimeSpan.Zero).ConfigureAwait(false);
        return Result;
    }
}
