namespace ServiceDesk.Testing;

/// <summary>
/// Runs the same blocking work on <c>count</c> threads of their own, released together, for races between instances.
/// </summary>
/// <remarks>
/// Not on the thread pool: on two cores the pool starts with two threads and adds about one a second, so twelve blocking
/// calls queued there (PLINQ, <c>Parallel.For</c>) start seconds apart, not at once, and a test waiting inside a
/// transaction for the others (a barrier) keeps it open meanwhile. Under load that showed as a connection time-out or an
/// idle-in-transaction error (2 runs in 8 of the PostgreSQL lease race), never as the race the test is about; on threads
/// of their own, 0 in 8.
/// </remarks>
public static class AllAtOnce
{
    public static void Run(int count, Action<int> work) => Run(count, i =>
    {
        work(i);
        return true;
    });

    public static IReadOnlyList<T> Run<T>(int count, Func<int, T> work)
    {
        var results = new T[count];
        var errors = new Exception?[count];
        using var start = new Barrier(count);
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                results[i] = work(i);
            }
            catch (Exception error)
            {
                errors[i] = error;
            }
        }) { IsBackground = true, Name = $"all at once {i}" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var failed = errors.OfType<Exception>().ToList();
        return failed.Count == 0 ? results : throw new AggregateException(failed);
    }
}
