using System.Diagnostics;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// The desk's short waits (a lane's pause for more lines, the inbox's forget fold): alarms that ring on one thread of the
/// desk's own, which sleeps until the earliest one is due.
/// </summary>
/// <remarks>
/// <para>
/// The runtime's timers ring on the thread pool: its timer thread wakes, hands the due timers to a pool worker (which,
/// before running them, wakes a second worker that finds nothing, <see cref="TurnThreads"/>), and that worker then wakes
/// the timer thread again to set the next wait. At the load bench's 200 people that was about 0.9 timer endings per
/// message, each four wake-ups or so (<c>perf record -e sched:sched_wakeup</c>: pool → timer 0.92 per message, timer →
/// pool 0.87), and a pause for more lines added a cancellation source, a linked one and an exception besides. Here an
/// alarm due wakes this thread alone, whose ring hands the work on (a lane to a desk thread); an alarm set earlier than
/// the one it sleeps for wakes it once to sleep less; a cancelled alarm is dropped when it comes up.
/// </para>
/// <para>
/// With any other <see cref="TimeProvider"/> than the system's (the tests' fake clocks), each alarm is that provider's
/// timer, so that moving the clock rings what is due.
/// </para>
/// </remarks>
public sealed class DeskClock
{
    /// <summary>The longest wait a runtime timer takes (a provider's timers are checked against it too).</summary>
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private static readonly Lazy<DeskClock> SharedClock = new(() => new DeskClock(TimeProvider.System));

    private readonly TimeProvider _time;
    private readonly bool _ownThread;
    private readonly object _gate = new();
    private readonly PriorityQueue<Alarm, long> _alarms = new();
    private Thread? _thread;

    /// <summary>The <see cref="Stopwatch"/> time the thread sleeps until (<see cref="long.MaxValue"/>: no alarm; <see cref="long.MinValue"/>: awake).</summary>
    private long _sleepingUntil = long.MaxValue;

    private DeskClock(TimeProvider time)
    {
        _time = time;
        _ownThread = ReferenceEquals(time, TimeProvider.System);
    }

    /// <summary>The clock of the system's time, one for the process.</summary>
    public static DeskClock Shared => SharedClock.Value;

    /// <summary><see cref="Shared"/> for the system's time; for another provider, a clock whose alarms are its timers.</summary>
    public static DeskClock For(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return ReferenceEquals(time, TimeProvider.System) ? Shared : new DeskClock(time);
    }

    /// <summary>
    /// Rings <paramref name="ring"/> with <paramref name="state"/> once <paramref name="after"/> has passed (at once when it is
    /// not positive), unless cancelled first. The ring runs on the clock's thread: it must be short and must not throw (as
    /// a timer's callback).
    /// </summary>
    public Alarm Set(TimeSpan after, Action<object?> ring, object? state)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var alarm = new Alarm(ring, state);
        if (!_ownThread)
        {
            var due = after < TimeSpan.Zero ? TimeSpan.Zero : after < LongestTimer ? after : LongestTimer;
            alarm.Timer = _time.CreateTimer(static a => ((Alarm)a!).Ring(), alarm, due, Timeout.InfiniteTimeSpan);
            return alarm;
        }

        var at = Stopwatch.GetTimestamp() + Ticks(after);
        lock (_gate)
        {
            _alarms.Enqueue(alarm, at);
            if (_thread is null)
            {
                // Without the caller's execution context: the thread outlives it.
                _thread = new Thread(Run) { IsBackground = true, Name = "Desk clock" };
                _thread.UnsafeStart();
            }
            else if (at < _sleepingUntil)
            {
                Monitor.Pulse(_gate);
            }
        }

        return alarm;
    }

    /// <summary><paramref name="after"/> in <see cref="Stopwatch"/> ticks: none when not positive, at most about a century.</summary>
    private static long Ticks(TimeSpan after) =>
        after <= TimeSpan.Zero ? 0 : (long)Math.Ceiling(Math.Min(after.TotalSeconds, 3.2e9) * Stopwatch.Frequency);

    private void Run()
    {
        List<Alarm> due = [];
        while (true)
        {
            lock (_gate)
            {
                while (true)
                {
                    var now = Stopwatch.GetTimestamp();
                    while (_alarms.TryPeek(out var alarm, out var at) && (at <= now || alarm.IsCancelled))
                    {
                        _alarms.Dequeue();
                        if (!alarm.IsCancelled)
                        {
                            due.Add(alarm);
                        }
                    }

                    if (due.Count > 0)
                    {
                        _sleepingUntil = long.MinValue;
                        break;
                    }

                    if (_alarms.TryPeek(out _, out var next))
                    {
                        _sleepingUntil = next;
                        var ms = Math.Ceiling((next - now) * 1000.0 / Stopwatch.Frequency);
                        Monitor.Wait(_gate, (int)Math.Min(ms, int.MaxValue - 1));
                    }
                    else
                    {
                        _sleepingUntil = long.MaxValue;
                        Monitor.Wait(_gate);
                    }
                }
            }

            foreach (var alarm in due)
            {
                alarm.Ring();
            }

            due.Clear();
        }
    }

    /// <summary>One alarm of a <see cref="DeskClock"/>: rings once, or not at all when cancelled first.</summary>
    public sealed class Alarm
    {
        private const int Set = 0;
        private const int Rang = 1;
        private const int Cancelled = 2;

        private readonly Action<object?> _ring;
        private readonly object? _state;
        private int _status;

        internal Alarm(Action<object?> ring, object? state)
        {
            _ring = ring;
            _state = state;
        }

        /// <summary>The provider's timer, when the clock is not the system's.</summary>
        internal ITimer? Timer { get; set; }

        internal bool IsCancelled => Volatile.Read(ref _status) == Cancelled;

        /// <summary>Cancels the alarm; true when it had not rung (it never will), false when it rang or was cancelled before.</summary>
        public bool Cancel()
        {
            if (Interlocked.CompareExchange(ref _status, Cancelled, Set) != Set)
            {
                return false;
            }

            Timer?.Dispose();
            return true;
        }

        internal void Ring()
        {
            if (Interlocked.CompareExchange(ref _status, Rang, Set) == Set)
            {
                Timer?.Dispose();
                _ring(_state);
            }
        }
    }
}
