namespace ServiceDesk.Core.Storage;

/// <summary>
/// Writes a caller wants committed together with the next transaction that the work it calls begins, without that work
/// knowing of them: the channel worker's keep of a message in the inbox rides in the transaction of the message's own
/// turn, one commit (its pages, its flush) instead of two. The caller boards the rider on its asynchronous flow
/// (<see cref="Board"/>); the first outermost transaction begun on that flow through a unit of work that carries riders
/// (<see cref="TurnReadCache"/>'s) takes it, runs <see cref="Ride"/> inside it (again on each attempt the store makes), then
/// tells it <see cref="Committed"/> or <see cref="Failed"/>. A rider that no transaction took wrote nothing: what it
/// carries is its caller's to write.
/// </summary>
public abstract class TransactionRider
{
    private static readonly AsyncLocal<TransactionRider?> Boarded = new();

    private int _taken;

    /// <summary>Boards <paramref name="rider"/> on the calling flow until the scope is disposed.</summary>
    public static Scope Board(TransactionRider rider)
    {
        ArgumentNullException.ThrowIfNull(rider);
        var before = Boarded.Value;
        Boarded.Value = rider;
        return new Scope(before);
    }

    /// <summary>The rider boarded on this flow, if no transaction took it yet; taking it is once only.</summary>
    internal static TransactionRider? Take() =>
        Boarded.Value is { } rider && Interlocked.Exchange(ref rider._taken, 1) == 0 ? rider : null;

    /// <summary>Writes what the rider carries, inside the transaction, on its thread; once per attempt of the store's.</summary>
    protected internal abstract void Ride();

    /// <summary>
    /// The transaction committed, with what the last <see cref="Ride"/> wrote. <paramref name="durable"/> completes once the
    /// commit is on disk (flushing if no other flush covers it); null when it was on disk before the transaction returned.
    /// </summary>
    protected internal abstract void Committed(Func<ValueTask>? durable);

    /// <summary>The transaction failed: nothing any <see cref="Ride"/> wrote is known to be kept.</summary>
    protected internal abstract void Failed();

    /// <summary>Ends a <see cref="Board"/>.</summary>
    public readonly struct Scope(TransactionRider? before) : IDisposable
    {
        public void Dispose() => Boarded.Value = before;
    }
}
