using System.Globalization;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// The bot's CPU time by kind of thread during the bot phase, read from /proc/PID/task/*/stat (user plus system, clock
/// ticks of 1/100 s): the JIT's tiered compiler, the garbage collector, the thread pool's workers, the socket engine, the
/// timers, the rest. The runtime ends some threads when they have nothing to do (the tiered compiler's, idle thread-pool
/// workers) and their CPU leaves /proc with them, so the threads are read every half second and each one's last reading
/// counts. Says where a message's CPU goes outside the code it runs: compiling code the warm-up did not reach,
/// collecting, parking and waking workers. Also counts the threads' context switches (/proc/PID/task/*/status), each one
/// a thread put to sleep or woken: a figure that moves with the thread hand-offs per message where the CPU time is too
/// noisy on a shared machine to show them. Empty where /proc is not.
/// </summary>
internal sealed class ThreadCpu : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly int _pid;
    private readonly Dictionary<int, (string Kind, long Ticks, long Switches)> _start;
    private readonly Dictionary<int, (string Kind, long Ticks, long Switches)> _last = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private ThreadCpu(int pid)
    {
        _pid = pid;
        _start = Read(pid);
        _sampling = SampleAsync();
    }

    /// <summary>Starts reading the bot's threads; <see cref="StopAsync"/> gives what each kind used since.</summary>
    public static ThreadCpu Start(int pid) => new(pid);

    /// <summary>What each kind of thread used since the start, in seconds, largest first.</summary>
    public async Task<IReadOnlyList<(string Kind, double Seconds)>> StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _sampling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Merge(Read(_pid));
        lock (_last)
        {
            return [.. _last
                .Select(t => (t.Value.Kind, Ticks: t.Value.Ticks - (Started(t.Key, t.Value.Kind) is { } s ? s.Ticks : 0)))
                .GroupBy(t => t.Kind, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Sum(t => t.Ticks) / 100.0))
                .Where(t => t.Item2 > 0)
                .OrderByDescending(t => t.Item2)];
        }
    }

    /// <summary>The context switches of the bot's threads since the start (after <see cref="StopAsync"/>).</summary>
    public long Switches
    {
        get
        {
            lock (_last)
            {
                return _last.Sum(t => t.Value.Switches - (Started(t.Key, t.Value.Kind) is { } s ? s.Switches : 0));
            }
        }
    }

    private (string Kind, long Ticks, long Switches)? Started(int tid, string kind) =>
        _start.TryGetValue(tid, out var s) && s.Kind == kind ? s : null;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _sampling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Merge(Read(_pid));
            await Task.Delay(Interval, _stop.Token).ConfigureAwait(false);
        }
    }

    private void Merge(Dictionary<int, (string Kind, long Ticks, long Switches)> reading)
    {
        lock (_last)
        {
            foreach (var (tid, value) in reading)
            {
                _last[tid] = value;
            }
        }
    }

    private static Dictionary<int, (string Kind, long Ticks, long Switches)> Read(int pid)
    {
        var threads = new Dictionary<int, (string Kind, long Ticks, long Switches)>();
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
        {
            return threads;
        }

        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            string text;
            string status;
            try
            {
                text = File.ReadAllText(Path.Combine(task, "stat"));
                status = File.ReadAllText(Path.Combine(task, "status"));
            }
            catch (IOException)
            {
                continue; // the thread ended meanwhile
            }

            var open = text.IndexOf('(', StringComparison.Ordinal);
            var close = text.LastIndexOf(')');
            var fields = text[(close + 2)..].Split(' ');
            var used = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            threads[int.Parse(text[..open].Trim(), CultureInfo.InvariantCulture)] = (Kind(text[(open + 1)..close]), used, CountSwitches(status));
        }

        return threads;
    }

    /// <summary>"voluntary_ctxt_switches" plus "nonvoluntary_ctxt_switches" of one thread's status.</summary>
    private static long CountSwitches(string status) =>
        status.Split('\n')
            .Where(line => line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal) || line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
            .Sum(line => long.Parse(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), CultureInfo.InvariantCulture));

    // Linux cuts thread names to 15 characters: ".NET Tiered Com", ".NET TP Worker", ".NET BGC", ".NET Server GC"...
    private static string Kind(string name) => name switch
    {
        _ when name.StartsWith(".NET Tiered", StringComparison.Ordinal) => "JIT (tiered compilation)",
        _ when name.Contains("GC", StringComparison.Ordinal) => "garbage collector (background)",
        _ when name.StartsWith(".NET TP Worker", StringComparison.Ordinal) => "thread-pool workers",
        _ when name.StartsWith("Desk turns", StringComparison.Ordinal) => "the desk's turn threads",
        _ when name.StartsWith("Desk clock", StringComparison.Ordinal) => "the desk's clock",
        _ when name.StartsWith(".NET SynchManag", StringComparison.Ordinal) || name.StartsWith(".NET Sockets", StringComparison.Ordinal) => "socket engine",
        _ when name.StartsWith(".NET Timer", StringComparison.Ordinal) || name.StartsWith(".NET TP Gate", StringComparison.Ordinal) => "timers, thread-pool gate",
        _ => "other threads (" + name.Trim() + ")",
    };
}
