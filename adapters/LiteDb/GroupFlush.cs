using System.Diagnostics;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// What makes one engine's commits durable: <see cref="WaitWritten"/> waits until LiteDB's log writer has handed the
/// committed pages to the operating system (survives the process being killed), <see cref="Flush"/> puts them on disk
/// (survives a power cut). <see cref="Grouped"/>: the store flushes after it lets the next transaction write, so commits
/// that arrive during one flush share the next; otherwise it flushes with the writer held, one flush per commit.
/// </summary>
internal sealed record LogDurability(Action WaitWritten, GroupFlush Flush, bool Grouped);

/// <summary>A commit whose pages are written and not yet flushed to disk: wait for it, blocking or not.</summary>
internal readonly record struct PendingFlush(GroupFlush Flush, long Commit)
{
    public void Wait() => Flush.WaitDurable(Commit);

    /// <summary>
    /// Awaits the flush, giving another commit's flush up to <paramref name="linger"/> (infinite: no limit), and until
    /// <paramref name="until"/> completes (null: no such end), to cover this one first.
    /// </summary>
    public ValueTask WaitAsync(TimeSpan linger, Task? until) => Flush.WaitDurableAsync(Commit, linger, until);
}

/// <summary>
/// Group commit for one log file: each commit whose pages are written takes the next number (<see cref="Written"/>,
/// called while it is still the only writer, so numbers follow the order of the pages in the log); <see cref="WaitDurable"/>
/// returns once a flush to disk that began after that commit's pages were written has ended. One flush runs at a time;
/// the commits that arrive while it runs wait for it to end, then the first of them flushes for all of them.
/// </summary>
/// <remarks>
/// Why it is safe: a flush to disk covers every byte handed to the operating system before it began, and a commit's
/// number is given only after its pages were handed over, so a flush that began after the number was given covers the
/// commit (and every commit before it, which are earlier in the same file). A flush that fails fails every commit that
/// was waiting for it; each of them tries again with a flush of its own rather than reporting another's success.
/// Why it pays: a flush to disk takes milliseconds to tens of milliseconds on the disks the desk runs on, and before,
/// each commit held LiteDB's one writer through its own flush, so the desk committed a few dozen times a second at most
/// whatever its CPU (three commits per message: the inbox's keep, the turn's, the inbox's forget).
/// </remarks>
internal sealed class GroupFlush(Action flushToDisk)
{
    private readonly object _gate = new();
    private long _written;
    private long _durable;
    private bool _flushing;

    /// <summary>
    /// Completed when the flush running now ends, for the commits awaiting it (<see cref="WaitDurableAsync"/>); made on
    /// demand. Completed outside <see cref="_gate"/>, and its awaiters go on on the thread that flushed rather than being
    /// handed to another: at the load bench's 200 people, waking another thread for each such hand-off cost more than
    /// the little those awaiters do (a receipt queued, the next read started).
    /// </summary>
    private TaskCompletionSource? _flushEnded;

    /// <summary>Flushes done (each covering one or more commits), for the benches and tests.</summary>
    public long Flushes { get; private set; }

    /// <summary>Commits made durable.</summary>
    public long Commits { get; private set; }

    /// <summary>Commits written to the log so far (each write transaction's one).</summary>
    public long CommitsWritten
    {
        get
        {
            lock (_gate)
            {
                return _written;
            }
        }
    }

    /// <summary>Numbers a commit whose pages are written (call while the only writer, after <see cref="LogDurability.WaitWritten"/>).</summary>
    public long Written()
    {
        lock (_gate)
        {
            return ++_written;
        }
    }

    /// <summary>Returns once the commit numbered <paramref name="commit"/> is on disk; throws what the flush threw.</summary>
    public void WaitDurable(long commit)
    {
        long target;
        lock (_gate)
        {
            while (!DurableOrClaimed(commit, out target))
            {
                Monitor.Wait(_gate);
            }
        }

        if (target >= 0)
        {
            FlushFor(target);
        }
    }

    /// <summary>
    /// <see cref="WaitDurable"/> without blocking the thread while another commit's flush runs: the caller awaits its end,
    /// then, if that flush did not cover its commit, flushes itself (on its own thread, as <see cref="WaitDurable"/> does).
    /// </summary>
    /// <remarks>
    /// With <paramref name="linger"/>, while no flush runs, the caller first waits up to that long for another commit to
    /// start one (a commit written after this one covers it too), and flushes itself only if none came: a commit whose
    /// caller knows another is about to follow (the inbox's keep, then the message's turn) shares its flush instead of
    /// paying one of its own. <paramref name="until"/> ends that wait too, without a timer: the caller completes it once
    /// no such commit is coming (the turns started after the keep committed, or will not commit soon); with it the linger
    /// may be infinite. What is durable and when is unchanged: the wait ends only once a flush covered the commit.
    /// </remarks>
    public async ValueTask WaitDurableAsync(long commit, TimeSpan linger = default, Task? until = null)
    {
        long target;

        // 0: no linger; long.MaxValue: no time limit (until <paramref name="until"/> completes); else when the linger ends.
        var lingerEnds = linger > TimeSpan.Zero ? Stopwatch.GetTimestamp() + (long)(linger.TotalSeconds * Stopwatch.Frequency)
            : linger == Timeout.InfiniteTimeSpan && until is not null ? long.MaxValue
            : 0;
        while (true)
        {
            Task running;
            TimeSpan lingering;
            lock (_gate)
            {
                lingering = LingerLeft(commit, lingerEnds, until);
                if (lingering == TimeSpan.Zero && DurableOrClaimed(commit, out target))
                {
                    break;
                }

                running = (_flushEnded ??= new TaskCompletionSource()).Task;
            }

            await (lingering == TimeSpan.Zero ? running : EndOfAsync(running, lingering, until)).ConfigureAwait(false);
        }

        if (target >= 0)
        {
            FlushFor(target);
        }
    }

    /// <summary>
    /// Under <see cref="_gate"/>: how much longer the caller may wait for another commit's flush before flushing itself
    /// (<see cref="Timeout.InfiniteTimeSpan"/>: until <paramref name="until"/> completes); zero when it must not wait any
    /// longer: a flush runs (it is awaited instead), the commit is on disk, the linger is over or was none.
    /// </summary>
    private TimeSpan LingerLeft(long commit, long lingerEnds, Task? until)
    {
        if (lingerEnds == 0 || _flushing || _durable >= commit || until is { IsCompleted: true })
        {
            return TimeSpan.Zero;
        }

        if (lingerEnds == long.MaxValue)
        {
            return Timeout.InfiniteTimeSpan;
        }

        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), lingerEnds);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>
    /// Waits for <paramref name="flush"/> to end, <paramref name="until"/> to complete, or <paramref name="atMost"/>
    /// (infinite: no timer, and then <paramref name="until"/> is given), whichever comes first; the timer is dropped if
    /// another comes first.
    /// </summary>
    private static async Task EndOfAsync(Task flush, TimeSpan atMost, Task? until)
    {
        if (atMost == Timeout.InfiniteTimeSpan)
        {
            await Task.WhenAny(flush, until!).ConfigureAwait(false);
            return;
        }

        using var stop = new CancellationTokenSource();
        var timer = Task.Delay(atMost, stop.Token);
        await (until is null ? Task.WhenAny(flush, timer) : Task.WhenAny(flush, until, timer)).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Under <see cref="_gate"/>: true when the commit is on disk (<paramref name="target"/> -1) or when no flush runs and
    /// the caller is to run the next one (<paramref name="target"/>: the last commit written, which it will cover); false
    /// when a flush runs and the caller must wait for its end.
    /// </summary>
    private bool DurableOrClaimed(long commit, out long target)
    {
        target = -1;
        if (_durable >= commit)
        {
            Commits++;
            return true;
        }

        if (_flushing)
        {
            return false;
        }

        _flushing = true;
        target = _written;
        return true;
    }

    /// <summary>Flushes for the commits numbered up to <paramref name="target"/> (the caller set <see cref="_flushing"/>), then wakes those who waited.</summary>
    private void FlushFor(long target)
    {
        try
        {
            flushToDisk();
        }
        catch
        {
            FlushEnded(covered: null);
            throw;
        }

        FlushEnded(target);
    }

    /// <summary>
    /// Ends the flush the caller ran: the commits up to <paramref name="covered"/> are on disk (none when it failed); wakes
    /// the commits blocked waiting for it under <see cref="_gate"/>, then, out of the gate, those awaiting it.
    /// </summary>
    private void FlushEnded(long? covered)
    {
        TaskCompletionSource? ended;
        lock (_gate)
        {
            if (covered is { } target)
            {
                _durable = Math.Max(_durable, target);
                Flushes++;
                Commits++;
            }

            _flushing = false;
            Monitor.PulseAll(_gate);
            ended = _flushEnded;
            _flushEnded = null;
        }

        ended?.TrySetResult();
    }
}
