namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// Group commit for the log file: a commit returns only after a flush to disk that began once its pages were written,
/// commits that arrive while a flush runs share the next one, and a failed flush is reported to the commits that waited
/// for it, never turned into another's success.
/// </summary>
public sealed class GroupFlushTests
{
    [Fact]
    public async Task CommitsArrivingDuringAFlush_ShareTheNextOne_AndEachReturnsOnlyAfterAFlushThatBeganAfterIt()
    {
        using var firstFlushHeld = new ManualResetEventSlim();
        using var releaseFirstFlush = new ManualResetEventSlim();
        var flushStartedAfter = new System.Collections.Concurrent.ConcurrentQueue<long>();
        GroupFlush? group = null;
        var written = 0L;
        group = new GroupFlush(() =>
        {
            // Each flush notes how many commits were written when it began: it covers those.
            flushStartedAfter.Enqueue(Interlocked.Read(ref written));
            if (flushStartedAfter.Count == 1)
            {
                firstFlushHeld.Set();
                releaseFirstFlush.Wait(TimeSpan.FromSeconds(30));
            }
        });

        long Commit()
        {
            lock (group)
            {
                // The store numbers a commit while it is still the only writer: one at a time, in the log's order.
                var number = group.Written();
                Interlocked.Exchange(ref written, number);
                return number;
            }
        }

        var first = Task.Run(() => group.WaitDurable(Commit()));
        Assert.True(firstFlushHeld.Wait(TimeSpan.FromSeconds(30)));
        var numbers = Enumerable.Range(0, 6).Select(_ => Commit()).ToList();
        var returned = new System.Collections.Concurrent.ConcurrentDictionary<long, long>();
        var others = numbers.Select(n => Task.Run(() =>
        {
            group.WaitDurable(n);
            returned[n] = flushStartedAfter.Max();
        })).ToList();
        await Task.Delay(200);
        Assert.Empty(returned);

        releaseFirstFlush.Set();
        await first;
        await Task.WhenAll(others);

        Assert.Equal(2, group.Flushes);
        Assert.Equal(7, group.Commits);
        Assert.All(numbers, n => Assert.True(returned[n] >= n, $"commit {n} returned after a flush that began at {returned[n]}"));
    }

    [Fact]
    public void AFailedFlush_FailsItsCommit_AndTheNextCommitFlushesAgain()
    {
        var calls = 0;
        var group = new GroupFlush(() =>
        {
            if (++calls == 1)
            {
                throw new IOException("No space left on device");
            }
        });

        var first = group.Written();
        Assert.Throws<IOException>(() => group.WaitDurable(first));
        var second = group.Written();
        group.WaitDurable(second);
        group.WaitDurable(first);

        Assert.Equal(2, calls);
        Assert.Equal(1, group.Flushes);
    }
    [Fact]
    public async Task CommitsAwaitingAFlush_HoldNoThread_AndShareTheNextOne()
    {
        // WaitDurableAsync: the commits that arrive while a flush runs await its end (no thread blocked on it), then the
        // first of them flushes for all of them, as with WaitDurable.
        using var firstFlushHeld = new ManualResetEventSlim();
        using var releaseFirstFlush = new ManualResetEventSlim();
        var flushes = 0;
        var group = new GroupFlush(() =>
        {
            if (Interlocked.Increment(ref flushes) == 1)
            {
                firstFlushHeld.Set();
                releaseFirstFlush.Wait(TimeSpan.FromSeconds(30));
            }
        });

        var first = Task.Run(() => group.WaitDurable(group.Written()));
        Assert.True(firstFlushHeld.Wait(TimeSpan.FromSeconds(30)));
        var waiting = Enumerable.Range(0, 6).Select(_ => group.WaitDurableAsync(group.Written()).AsTask()).ToList();

        // Awaiting, not blocked: each call returned at once with a task that waits for the running flush.
        Assert.All(waiting, task => Assert.False(task.IsCompleted));
        releaseFirstFlush.Set();
        await first;
        await Task.WhenAll(waiting);

        Assert.Equal(2, group.Flushes);
        Assert.Equal(7, group.Commits);
    }

    [Fact]
    public async Task AFailedFlush_FailsTheCommitThatAwaitedIt_AndTheNextAttemptFlushesAgain()
    {
        var calls = 0;
        var group = new GroupFlush(() =>
        {
            if (++calls == 1)
            {
                throw new IOException("No space left on device");
            }
        });

        var first = group.Written();
        await Assert.ThrowsAsync<IOException>(() => group.WaitDurableAsync(first).AsTask());
        await group.WaitDurableAsync(first);
        var second = group.Written();
        await group.WaitDurableAsync(second);

        Assert.Equal(3, calls);
        Assert.Equal(2, group.Flushes);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ALingeringCommit_IsCoveredByTheFlushOfACommitThatFollows_WithoutOneOfItsOwn(bool untilItsTurnsLetItGo)
    {
        // The inbox's keep, then the turn: the keep waits for the turn's commit to flush both, at most a while, or with
        // no time limit (no timer) until the turns it started let it go.
        var flushes = 0;
        var group = new GroupFlush(() => Interlocked.Increment(ref flushes));
        var turnsLetGo = new TaskCompletionSource();

        var keep = group.Written();
        var lingering = (untilItsTurnsLetItGo
            ? group.WaitDurableAsync(keep, Timeout.InfiniteTimeSpan, turnsLetGo.Task)
            : group.WaitDurableAsync(keep, TimeSpan.FromSeconds(30))).AsTask();
        await Task.Delay(100);
        Assert.False(lingering.IsCompleted);
        Assert.Equal(0, flushes);

        var turn = group.Written();
        await group.WaitDurableAsync(turn);
        await lingering.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(turnsLetGo.Task.IsCompleted);
        Assert.Equal(1, flushes);
        Assert.Equal(1, group.Flushes);
        Assert.Equal(2, group.Commits);
    }

    [Fact]
    public async Task ALingeringCommit_FlushesItselfOnceNoOtherCommitCame()
    {
        var flushes = 0;
        var group = new GroupFlush(() => Interlocked.Increment(ref flushes));

        var started = System.Diagnostics.Stopwatch.StartNew();
        await group.WaitDurableAsync(group.Written(), TimeSpan.FromMilliseconds(50)).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, flushes);
        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(45), $"flushed after {started.Elapsed.TotalMilliseconds} ms");

        // A commit already on disk does not linger.
        var durable = group.Written();
        await group.WaitDurableAsync(durable);
        started.Restart();
        await group.WaitDurableAsync(durable, TimeSpan.FromSeconds(30));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Equal(2, flushes);
    }

    [Fact]
    public async Task ACommitWaitingUntilItsTurnsLetItGo_FlushesItselfAsSoonAsTheyDo()
    {
        var flushes = 0;
        var group = new GroupFlush(() => Interlocked.Increment(ref flushes));
        var turnsLetGo = new TaskCompletionSource();

        var waiting = group.WaitDurableAsync(group.Written(), Timeout.InfiniteTimeSpan, turnsLetGo.Task).AsTask();
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        // The turn ended without writing, or will come only after the pause for more lines.
        turnsLetGo.SetResult();
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, flushes);

        // Already let go, or with no end to wait for: no wait at all.
        await group.WaitDurableAsync(group.Written(), Timeout.InfiniteTimeSpan, turnsLetGo.Task).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        await group.WaitDurableAsync(group.Written(), Timeout.InfiniteTimeSpan).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, flushes);
    }

    [Fact]
    public async Task ALingeringCommit_WhoseCoveringFlushFails_IsToldAndFlushesOnTheNextAttempt()
    {
        var calls = 0;
        var group = new GroupFlush(() =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new IOException("No space left on device");
            }
        });

        var keep = group.Written();
        var lingering = group.WaitDurableAsync(keep, TimeSpan.FromSeconds(30)).AsTask();
        var turn = group.Written();
        await Assert.ThrowsAsync<IOException>(() => group.WaitDurableAsync(turn).AsTask());

        // The failed flush ended the keep's wait without covering it: it goes on waiting, and flushes once its linger ends.
        await Task.Delay(100);
        Assert.False(lingering.IsCompleted);
        await group.WaitDurableAsync(turn);
        await lingering.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, calls);
        Assert.Equal(1, group.Flushes);
    }
}
