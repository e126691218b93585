using System.Collections.Concurrent;
using System.Globalization;

namespace ServiceDesk.Bench.Desk;

/// <summary>
/// CPU time of the calling thread spent in named sections of a turn (a store call, the knowledge base, the whole
/// transaction), summed over a run. A turn runs synchronously on one thread inside its transaction, so the thread's
/// CPU clock (not the wall clock, which also counts waiting for a core) tells what each part costs.
/// </summary>
internal sealed class Sections
{
    private readonly ConcurrentDictionary<string, Figure> _figures = new(StringComparer.Ordinal);

    /// <summary>True while the calling thread holds the store's writer: a section that begins so counts as "under the writer" too.</summary>
    public Func<bool> HoldsWriter { get; set; } = () => false;

    public T Time<T>(string name, Func<T> work)
    {
        var started = ThreadCpuClock.Now();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var held = HoldsWriter();
        try
        {
            return work();
        }
        finally
        {
            var figure = _figures.GetOrAdd(name, _ => new Figure());
            var spent = ThreadCpuClock.Now() - started;
            Interlocked.Increment(ref figure.Calls);
            Interlocked.Add(ref figure.Nanoseconds, spent);
            Interlocked.Add(ref figure.Bytes, GC.GetAllocatedBytesForCurrentThread() - allocated);
            if (held)
            {
                Interlocked.Add(ref figure.HeldNanoseconds, spent);
            }
        }
    }

    public void Time(string name, Action work) => Time(name, () =>
    {
        work();
        return 0;
    });

    public double MillisecondsOf(string prefix) => _figures.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(f => f.Value.Nanoseconds) / 1e6;

    /// <summary>The part of <see cref="MillisecondsOf"/> spent in sections begun while the thread held the store's writer.</summary>
    public double HeldMillisecondsOf(string prefix) => _figures.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(f => f.Value.HeldNanoseconds) / 1e6;

    /// <summary>Bytes the sections named so allocated on their thread, in all.</summary>
    public long BytesOf(string prefix) => _figures.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(f => f.Value.Bytes);

    /// <summary>One line per section, the most expensive first: calls, CPU and bytes allocated per message.</summary>
    public IEnumerable<string> Report(int messages) => _figures
        .OrderByDescending(f => f.Value.Nanoseconds)
        .Select(f => string.Create(CultureInfo.InvariantCulture,
            $"  {f.Key,-34} {f.Value.Calls / (double)messages,6:0.00} calls/msg  {f.Value.Nanoseconds / 1e3 / Math.Max(1, f.Value.Calls),9:0.0} µs/call  {f.Value.Nanoseconds / 1e6 / messages,7:0.000} ms/msg  {f.Value.Bytes / 1024.0 / messages,7:0.0} kB/msg  {f.Value.HeldNanoseconds / 1e6 / messages,7:0.000} ms/msg under the writer"));

    private sealed class Figure
    {
        public long Calls;
        public long Nanoseconds;
        public long Bytes;
        public long HeldNanoseconds;
    }
}
