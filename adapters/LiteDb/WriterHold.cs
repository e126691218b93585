using System.Collections.Concurrent;
using System.Diagnostics;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Where the file's one writer goes while a transaction holds it, summed since the file was opened in this process: the
/// transaction's own work after its first write (the rest of the turn), LiteDB's commit, the wait for LiteDB's log writer
/// to have written the commit's pages, and releasing; each in wall time and, when <see cref="ThreadCpu"/> is set, in the
/// holding thread's CPU time (the difference is time the holder was not running: waiting for a core or for another thread).
/// The desk bench prints it ("store writer"); nothing in the bot reads it.
/// </summary>
internal sealed class WriterHold : IDisposable
{
    private readonly ThreadLocal<Stamps> _stamps = new(() => new Stamps());
    private readonly ConcurrentDictionary<(string File, string Member), FirstWrite> _firstWrites = new();
    private long _waited;
    private long _transactions;
    private readonly long[] _wall = new long[4];
    private readonly long[] _cpu = new long[4];

    /// <summary>The calling thread's CPU time in nanoseconds, set by a benchmark that wants the CPU split; null: wall time only.</summary>
    internal static Func<long>? ThreadCpu { get; set; }

    /// <summary>The writer was taken after <paramref name="asked"/> (a timestamp), by the write <paramref name="by"/> (source file and member).</summary>
    public void Taken(long asked, (string File, string Member) by)
    {
        var stamps = _stamps.Value!;
        stamps.Clear();
        stamps.Since = Stamp.Now();
        Interlocked.Add(ref _waited, stamps.Since.Wall - asked);
        stamps.By = _firstWrites.GetOrAdd(by, _ => new FirstWrite());
    }

    /// <summary>The transaction's work ended; its commit begins.</summary>
    public void Committing() => _stamps.Value!.Committing = Stamp.Now();

    /// <summary>LiteDB's commit returned (its pages queued for the log writer).</summary>
    public void Committed() => _stamps.Value!.Committed = Stamp.Now();

    /// <summary>The commit's pages are in the log file.</summary>
    public void LogWritten() => _stamps.Value!.Written = Stamp.Now();

    /// <summary>The writer is released: the hold is split into its parts (a part not reached, after a failure, counts as none).</summary>
    public void Released()
    {
        var stamps = _stamps.Value!;
        var end = Stamp.Now();
        var at = stamps.Since;
        Stamp[] ends = [stamps.Committing ?? end, stamps.Committed ?? stamps.Committing ?? end, stamps.Written ?? stamps.Committed ?? stamps.Committing ?? end, end];
        for (var part = 0; part < ends.Length; part++)
        {
            Interlocked.Add(ref _wall[part], ends[part].Wall - at.Wall);
            Interlocked.Add(ref _cpu[part], ends[part].Cpu - at.Cpu);
            at = ends[part];
        }

        Interlocked.Increment(ref _transactions);
        if (stamps.By is { } by)
        {
            Interlocked.Increment(ref by.Count);
            Interlocked.Add(ref by.WorkWall, (stamps.Committing ?? end).Wall - stamps.Since.Wall);
            Interlocked.Add(ref by.WorkCpu, (stamps.Committing ?? end).Cpu - stamps.Since.Cpu);
            stamps.By = null;
        }
    }

    /// <summary>What was measured so far.</summary>
    public WriterHoldFigures Figures => new(
        Interlocked.Read(ref _transactions),
        Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _waited)),
        [.. Enumerable.Range(0, 4).Select(p => (Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _wall[p])), TimeSpan.FromTicks(Interlocked.Read(ref _cpu[p]) / 100)))],
        ThreadCpu is not null,
        _firstWrites.GroupBy(f => $"{Path.GetFileNameWithoutExtension(f.Key.File)}.{f.Key.Member}", StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new FirstWriteFigures(
                    g.Sum(f => Interlocked.Read(ref f.Value.Count)),
                    Stopwatch.GetElapsedTime(0, g.Sum(f => Interlocked.Read(ref f.Value.WorkWall))),
                    TimeSpan.FromTicks(g.Sum(f => Interlocked.Read(ref f.Value.WorkCpu)) / 100)),
                StringComparer.Ordinal));

    public void Dispose() => _stamps.Dispose();

    /// <summary>The transactions whose first write was one store call, and their work after it.</summary>
    private sealed class FirstWrite
    {
        public long Count;
        public long WorkWall;
        public long WorkCpu;
    }

    private readonly record struct Stamp(long Wall, long Cpu)
    {
        public static Stamp Now() => new(Stopwatch.GetTimestamp(), ThreadCpu?.Invoke() ?? 0);
    }

    private sealed class Stamps
    {
        public Stamp Since;
        public Stamp? Committing;
        public Stamp? Committed;
        public Stamp? Written;
        public FirstWrite? By;

        public void Clear() => (Committing, Committed, Written) = (null, null, null);
    }
}

/// <summary>
/// The writer's hold summed over <paramref name="Transactions"/>: <paramref name="Parts"/> are, in order, the transaction's
/// work after its first write, LiteDB's commit, the wait for the log writer, and releasing, each as wall and CPU time
/// (CPU zero unless measured); <paramref name="FirstWrites"/> counts which store call took the writer.
/// </summary>
internal sealed record WriterHoldFigures(
    long Transactions,
    TimeSpan Waited,
    IReadOnlyList<(TimeSpan Wall, TimeSpan Cpu)> Parts,
    bool CpuMeasured,
    IReadOnlyDictionary<string, FirstWriteFigures> FirstWrites)
{
    public static readonly string[] PartNames = ["work after the first write", "LiteDB's commit", "waiting for the log writer", "releasing"];

    public TimeSpan Held => Parts.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Wall);

    /// <summary>What happened between two readings (a bench pass).</summary>
    public WriterHoldFigures Since(WriterHoldFigures before) => new(
        Transactions - before.Transactions,
        Waited - before.Waited,
        [.. Parts.Zip(before.Parts, (now, then) => (now.Wall - then.Wall, now.Cpu - then.Cpu))],
        CpuMeasured,
        FirstWrites.ToDictionary(
            f => f.Key,
            f => before.FirstWrites.GetValueOrDefault(f.Key) is { } then ? new FirstWriteFigures(f.Value.Count - then.Count, f.Value.WorkWall - then.WorkWall, f.Value.WorkCpu - then.WorkCpu) : f.Value,
            StringComparer.Ordinal));
}

/// <summary>How many transactions a store call took the writer for first, and their work after it (wall, CPU).</summary>
internal sealed record FirstWriteFigures(long Count, TimeSpan WorkWall, TimeSpan WorkCpu);
