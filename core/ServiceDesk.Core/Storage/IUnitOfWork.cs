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
    /// (LiteDB's group commit) lets the caller's thread go meanwhile instead of blocking it; by default, the same as
    /// <see cref="InOneTransaction{T}"/>.
    /// </summary>
    ValueTask<T> InOneTransactionAsync<T>(Func<T> work) => ValueTask.FromResult(InOneTransaction(work));
}
