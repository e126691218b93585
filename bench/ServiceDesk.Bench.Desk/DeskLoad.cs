using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bench.Desk;

/// <summary>
/// Many simulated people, each holding <see cref="DeskScript"/> to the end as fast as the desk answers (no think time),
/// all at once, with the desk's periodic check running beside them. <paramref name="deskWide"/> puts every turn and
/// tick behind one lock, as the desk did before conversations ran in parallel: the baseline of the same run.
/// </summary>
internal sealed class DeskLoad(int people, bool deskWide, TimeSpan tickEvery)
{
    private readonly SemaphoreSlim _deskWide = new(1, 1);

    public async Task<LoadResult> RunAsync(string name, DeskUnderTest desk, int firstPerson)
    {
        var turns = new ConcurrentBag<double>();
        var unanswered = 0;
        using var stop = new CancellationTokenSource();
        var process = Process.GetCurrentProcess();
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        // The JIT's share (first compilations and tier-up recompilations), to tell a cold pass from the steady cost.
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        // Every thread stops while the (workstation) collector works: that share of the pass runs on one core at most.
        var paused = GC.GetTotalPauseDuration();
        // The whole machine's idle time (/proc/stat): cores nobody used while the bench did not use both.
        var idle = MachineIdle();
        var wall = Stopwatch.StartNew();

        var ticking = TickAsync(desk, stop.Token);
        await Task.WhenAll(Enumerable.Range(firstPerson, people).Select(p => Task.Run(async () =>
        {
            foreach (var ms in await PersonAsync(desk, p).ConfigureAwait(false))
            {
                if (ms < 0)
                {
                    Interlocked.Increment(ref unanswered);
                }

                turns.Add(Math.Abs(ms));
            }
        }))).ConfigureAwait(false);
        wall.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var jitTime = System.Runtime.JitInfo.GetCompilationTime() - jit;
        var jitCount = System.Runtime.JitInfo.GetCompiledMethodCount() - jitted;
        var gcPaused = GC.GetTotalPauseDuration() - paused;
        var idleCores = (MachineIdle() - idle) / wall.Elapsed.TotalSeconds;
        await stop.CancelAsync().ConfigureAwait(false);
        await ticking.ConfigureAwait(false);

        var tickets = desk.Tickets.All();
        var perPerson = tickets.Where(t => t.Outcome == RequestOutcome.Ticket).GroupBy(t => t.RequesterId).Count(g => g.Count() == 1);
        var gapFree = tickets.Select(t => t.Number).SequenceEqual(Enumerable.Range(1, tickets.Count));
        return new LoadResult(name, turns.Count, wall.Elapsed, used, bytes, GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2,
            LatencySummary.Of(turns), people, perPerson, gapFree, unanswered, jitTime, jitCount, gcPaused, idleCores);
    }

    /// <summary>Seconds all cores of the machine have been idle since boot (the first line of /proc/stat, in clock ticks of 1/100 s); 0 elsewhere.</summary>
    private static double MachineIdle()
    {
        if (!File.Exists("/proc/stat"))
        {
            return 0;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 4 ? long.Parse(fields[4], CultureInfo.InvariantCulture) / 100.0 : 0;
    }

    /// <summary>Turn times in ms of one person's conversation, negative for a turn that got no answer.</summary>
    private async Task<List<double>> PersonAsync(DeskUnderTest desk, int person)
    {
        var from = new ChannelAddress("bench", string.Create(CultureInfo.InvariantCulture, $"staff{person:00000}@bench.test"));
        var times = new List<double>(DeskScript.Steps.Count);
        for (var step = 0; step < DeskScript.Steps.Count; step++)
        {
            var text = string.Format(CultureInfo.InvariantCulture, DeskScript.Steps[step], person);
            var message = new InboundMessage(from, text, TimeProvider.System.GetUtcNow()) { MessageId = $"{person}-{step}" };
            var started = Stopwatch.GetTimestamp();
            var replies = await TurnAsync(desk, message).ConfigureAwait(false);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            times.Add(replies.Any(r => r.To == from) ? ms : -ms);
        }

        return times;
    }

    private async Task<IReadOnlyList<OutboundMessage>> TurnAsync(DeskUnderTest desk, InboundMessage message)
    {
        if (!deskWide)
        {
            return await desk.Router.HandleAsync(message, CancellationToken.None).ConfigureAwait(false);
        }

        await _deskWide.WaitAsync().ConfigureAwait(false);
        try
        {
            return await desk.Router.HandleAsync(message, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _deskWide.Release();
        }
    }

    private async Task TickAsync(DeskUnderTest desk, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(tickEvery, cancellationToken).ConfigureAwait(false);
                if (deskWide)
                {
                    await _deskWide.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                try
                {
                    _ = await desk.Router.TickAsync("bench", cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    if (deskWide)
                    {
                        _deskWide.Release();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The load is over.
        }
    }
}
