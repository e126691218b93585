using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>The desk's alarms (pauses for more lines, the inbox's forget fold): on time, in order, on one thread.</summary>
public sealed class DeskClockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Set_RingsOnTheClocksThread_NotBeforeItsTime()
    {
        var rang = new TaskCompletionSource<(string? Name, bool Pool, TimeSpan After)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = Stopwatch.StartNew();

        DeskClock.Shared.Set(
            TimeSpan.FromMilliseconds(150),
            _ => rang.TrySetResult((Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread, started.Elapsed)),
            null);
        var (name, pool, after) = await rang.Task.WaitAsync(Patience);

        Assert.Equal("Desk clock", name);
        Assert.False(pool);
        Assert.True(after >= TimeSpan.FromMilliseconds(150), $"rang after {after.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Set_AnEarlierAlarmSetLater_RingsFirst()
    {
        // The clock sleeps for the 2 s alarm when the 100 ms one is set: it must wake to sleep less.
        var order = new List<string>();
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Ring(object? name)
        {
            lock (order)
            {
                order.Add((string)name!);
                if (order.Count == 2)
                {
                    both.TrySetResult();
                }
            }
        }

        DeskClock.Shared.Set(TimeSpan.FromSeconds(2), Ring, "late");
        await Task.Delay(50);
        var soon = Stopwatch.StartNew();
        var early = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        DeskClock.Shared.Set(TimeSpan.FromMilliseconds(100), name => { early.TrySetResult(soon.Elapsed); Ring(name); }, "early");

        var earlyAfter = await early.Task.WaitAsync(Patience);
        await both.Task.WaitAsync(Patience);

        Assert.Equal(["early", "late"], order);
        Assert.True(earlyAfter < TimeSpan.FromSeconds(1.5), $"the early alarm waited for the late one: {earlyAfter.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Cancel_BeforeItsTime_NeverRings()
    {
        var rang = 0;
        var alarm = DeskClock.Shared.Set(TimeSpan.FromMilliseconds(100), _ => Interlocked.Increment(ref rang), null);

        Assert.True(alarm.Cancel());
        await AnAlarmRangAsync(TimeSpan.FromMilliseconds(300));

        Assert.Equal(0, rang);
        Assert.False(alarm.Cancel());
    }

    [Fact]
    public async Task Set_TheLongestWait_DoesNotRingAtOnce()
    {
        var rang = 0;
        var alarm = DeskClock.Shared.Set(TimeSpan.MaxValue, _ => Interlocked.Increment(ref rang), null);

        await AnAlarmRangAsync(TimeSpan.FromMilliseconds(100));

        Assert.Equal(0, rang);
        Assert.True(alarm.Cancel());
    }

    [Fact]
    public async Task Cancel_AfterItRang_SaysSo()
    {
        var rang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var alarm = DeskClock.Shared.Set(TimeSpan.Zero, _ => rang.TrySetResult(), null);

        await rang.Task.WaitAsync(Patience);

        Assert.False(alarm.Cancel());
    }

    /// <summary>Sets another alarm and waits for it to ring: the clock's thread went past the time of what was set before.</summary>
    private static async Task AnAlarmRangAsync(TimeSpan after)
    {
        var rang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DeskClock.Shared.Set(after, _ => rang.TrySetResult(), null);
        await rang.Task.WaitAsync(Patience);
    }

    [Fact]
    public void For_AnotherTimeProvider_RingsWhenItsClockMoves()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var clock = DeskClock.For(time);
        var rang = 0;

        clock.Set(TimeSpan.FromSeconds(2), _ => rang++, null);
        var cancelled = clock.Set(TimeSpan.FromSeconds(1), _ => rang += 10, null);
        Assert.True(cancelled.Cancel());
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(0, rang);
        time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal(1, rang);
        Assert.NotSame(DeskClock.Shared, clock);
        Assert.Same(DeskClock.Shared, DeskClock.For(TimeProvider.System));
    }
}
