using System.Reflection;
using System.Runtime.ExceptionServices;
using LiteDB;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Waits until LiteDB has written a committed transaction to its log file (and flushed it to disk).
/// </summary>
/// <remarks>
/// LiteDB 5 returns from <c>Commit()</c> once the transaction's pages are queued for its writer thread, not written: a
/// process killed a moment later (SIGKILL, out of memory) loses transactions it reported committed, a ticket number
/// told to a requester and an inbox entry the network was told was safe among them. Shared mode hid this by closing the
/// engine (which empties the queue) after every operation; in direct mode the store waits for the queue after each
/// write transaction instead. LiteDB 5.0 has no public call for it, so its internal queue's <c>Wait()</c> is reached by
/// reflection, checked when the file is opened (a LiteDB upgrade that changes it fails at once, never silently) and
/// covered by a test that kills a writing process.
/// </remarks>
internal static class LogWriter
{
    private const BindingFlags Inside = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    /// <summary>Returns what waits for <paramref name="database"/>'s queued log pages; throws when LiteDB's insides changed.</summary>
    public static Action WaiterFor(LiteDatabase database)
    {
        try
        {
            var engine = Member(database, "_engine");
            var disk = Member(engine, "_disk");
            var lazyQueue = disk.GetType().GetProperty("Queue", Inside)?.GetValue(disk) ?? throw Changed("DiskService.Queue");
            var queue = lazyQueue.GetType().GetProperty("Value")?.GetValue(lazyQueue) ?? throw Changed("Lazy<DiskWriterQueue>.Value");
            var wait = queue.GetType().GetMethod("Wait", Inside, Type.EmptyTypes) ?? throw Changed("DiskWriterQueue.Wait()");
            var call = wait.CreateDelegate<Action>(queue);
            return () =>
            {
                try
                {
                    call();
                }
                catch (TargetInvocationException error) when (error.InnerException is { } inner)
                {
                    ExceptionDispatchInfo.Throw(inner);
                }
            };
        }
        catch (Exception error) when (error is not NotSupportedException and not LiteException and not IOException)
        {
            throw new NotSupportedException($"This LiteDB ({typeof(LiteDatabase).Assembly.GetName().Version}) cannot be waited on: {error.Message}", error);
        }
    }

    private static object Member(object owner, string field) =>
        owner.GetType().GetField(field, Inside)?.GetValue(owner) ?? throw Changed($"{owner.GetType().Name}.{field}");

    private static NotSupportedException Changed(string what) =>
        new($"LiteDB's {what} is not there: the store cannot wait for its log writes (pinned LiteDB 5.0.20 has it).");
}
