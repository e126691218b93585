using System.Reflection;
using System.Runtime.ExceptionServices;
using LiteDB;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Makes a committed transaction durable before the store reports it: waits until LiteDB's log writer has written the
/// transaction's pages to the log file, then flushes the log file to disk once.
/// </summary>
/// <remarks>
/// <para>
/// LiteDB 5 returns from <c>Commit()</c> once the transaction's pages are queued for its writer thread, not written: a
/// process killed a moment later (SIGKILL, out of memory) loses transactions it reported committed, a ticket number
/// told to a requester and an inbox entry the network was told was safe among them. Shared mode hid this by closing the
/// engine (which empties the queue) after every operation; in direct mode the store waits for the queue after each
/// write transaction instead. LiteDB 5.0 has no public call for it, so its internal queue's <c>Wait()</c> is reached by
/// reflection, checked when the file is opened (a LiteDB upgrade that changes it fails at once, never silently) and
/// covered by a test that kills a writing process.
/// </para>
/// <para>
/// Why direct-mode commits were 2–3× dearer than shared mode's: LiteDB's writer thread flushes the log file to disk
/// (<c>fsync</c>) every time its queue runs empty, and it runs empty between the pages of one commit (the committing
/// thread queues them one at a time while the writer is already writing), so a commit of k pages waited for up to k
/// flushes in a row: 5,401 flushes for 5,789 log pages in the store bench (strace), about 3 ms each on the test disk.
/// The writer is therefore given the same log file behind a stream whose flush only hands the bytes to the operating
/// system (<see cref="OsOnlyFlush"/>), and the store flushes the log to disk once per commit, after the wait: a write
/// that survives a killed process as before, and a power cut too, for one flush instead of k.
/// </para>
/// </remarks>
internal static class LogWriter
{
    private const BindingFlags Inside = LiteDbInsides.Inside;

    /// <summary>
    /// True to leave LiteDB's writer flushing the log to disk after every page, as before (the store bench measures both
    /// in one run); read when a file is opened.
    /// </summary>
    internal static bool FlushEveryPage { get; set; }

    /// <summary>
    /// True (the default) to let commits that arrive while the log is being flushed to disk share the next flush
    /// (<see cref="GroupFlush"/>); false to flush once per commit with the writer held, as before (the store bench
    /// measures both in one run): the default of a store opened without saying.
    /// </summary>
    internal static bool GroupCommit { get; set; } = true;

    /// <summary>Returns what makes <paramref name="database"/>'s committed transactions durable; throws when LiteDB's insides changed.</summary>
    public static LogDurability DurabilityFor(LiteDatabase database, bool groupCommit)
    {
        try
        {
            var engine = Member(database, "_engine");
            var disk = Member(engine, "_disk");
            var lazyQueue = disk.GetType().GetProperty("Queue", Inside)?.GetValue(disk) ?? throw Changed("DiskService.Queue");
            var queue = lazyQueue.GetType().GetProperty("Value")?.GetValue(lazyQueue) ?? throw Changed("Lazy<DiskWriterQueue>.Value");
            var wait = queue.GetType().GetMethod("Wait", Inside, Type.EmptyTypes) ?? throw Changed("DiskWriterQueue.Wait()");
            var call = wait.CreateDelegate<Action>(queue);
            var streamField = queue.GetType().GetField("_stream", Inside) ?? throw Changed("DiskWriterQueue._stream");
            var log = streamField.GetValue(queue) as Stream ?? throw Changed("DiskWriterQueue._stream (a Stream)");
            Action flush = () => { };
            if (log is FileStream file && !FlushEveryPage)
            {
                // The queue has not started its writer yet (it starts on the first page queued), so it sees the swap.
                streamField.SetValue(queue, new OsOnlyFlush(file));
                flush = () => file.Flush(flushToDisk: true);
            }

            return new LogDurability(
                () =>
                {
                    try
                    {
                        call();
                    }
                    catch (TargetInvocationException error) when (error.InnerException is { } inner)
                    {
                        ExceptionDispatchInfo.Throw(inner);
                    }
                },
                new GroupFlush(flush),
                groupCommit);
        }
        catch (Exception error) when (error is not NotSupportedException and not LiteException and not IOException)
        {
            throw new NotSupportedException($"This LiteDB ({typeof(LiteDatabase).Assembly.GetName().Version}) cannot be waited on: {error.Message}", error);
        }
    }

    private static object Member(object owner, string field) =>
        LiteDbInsides.Field(owner, field) ?? throw Changed($"{owner.GetType().Name}.{field}");

    private static NotSupportedException Changed(string what) =>
        new($"LiteDB's {what} is not there: the store cannot wait for its log writes (pinned LiteDB 5.0.20 has it).");

    /// <summary>
    /// The log file as LiteDB's writer thread sees it: every call goes to the file, except that a flush hands the bytes
    /// to the operating system without waiting for the disk (LiteDB flushes to disk only streams that are
    /// <see cref="FileStream"/>s). The store flushes to disk itself, once per commit. Disposing it leaves the file
    /// open: it belongs to LiteDB's stream pool, which closes it.
    /// </summary>
    private sealed class OsOnlyFlush(FileStream file) : Stream
    {
        public override bool CanRead => file.CanRead;

        public override bool CanSeek => file.CanSeek;

        public override bool CanWrite => file.CanWrite;

        public override long Length => file.Length;

        public override long Position
        {
            get => file.Position;
            set => file.Position = value;
        }

        public override void Flush() => file.Flush(flushToDisk: false);

        public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        public override void SetLength(long value) => file.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count) => file.Write(buffer, offset, count);
    }
}
