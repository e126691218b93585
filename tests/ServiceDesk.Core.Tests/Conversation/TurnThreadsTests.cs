using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Lanes start on the desk's own threads, one woken per lane; when all of them are busy a lane goes to the thread pool
/// rather than wait, so one slow turn never holds up another person's.
/// </summary>
public sealed class TurnThreadsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ALane_RunsOnADeskThread_NotOnThePool()
    {
        var threads = new TurnThreads(2);
        (string? Name, bool Pool) seen = default;

        await threads.Start(() =>
        {
            seen = (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread);
            return Task.CompletedTask;
        }).WaitAsync(Patience);

        Assert.Equal("Desk turns", seen.Name);
        Assert.False(seen.Pool);
        Assert.Equal(0, threads.HandedToThePool);
    }

    [Fact]
    public async Task LanesOneAfterAnother_ReuseOneThread()
    {
        var threads = new TurnThreads(1);
        HashSet<int> used = [];

        for (var i = 0; i < 100; i++)
        {
            // The lane's task completes before its thread offers itself again: a lane started in between goes to the pool.
            await UntilIdleAsync(threads, i == 0 ? 0 : 1);
            await threads.Start(() =>
            {
                lock (used)
                {
                    used.Add(Environment.CurrentManagedThreadId);
                }

                return Task.CompletedTask;
            }).WaitAsync(Patience);
        }

        Assert.Single(used);
        Assert.Equal(0, threads.HandedToThePool);
    }

    [Fact]
    public async Task EveryThreadBusy_TheNextLaneGoesToThePool_AndDoesNotWait()
    {
        var threads = new TurnThreads(1);
        using var release = new ManualResetEventSlim();
        var blocked = threads.Start(() =>
        {
            // A turn that blocks its thread (a synchronous wait in the store, say).
            release.Wait(Patience);
            return Task.CompletedTask;
        });
        bool? onPool = null;

        // Waiting for the blocked lane would take the whole patience, and fail.
        await threads.Start(() =>
        {
            onPool = Thread.CurrentThread.IsThreadPoolThread;
            return Task.CompletedTask;
        }).WaitAsync(Patience / 2);

        Assert.True(onPool);
        Assert.False(blocked.IsCompleted);
        Assert.Equal(1, threads.HandedToThePool);
        release.Set();
        await blocked.WaitAsync(Patience);
    }

    [Fact]
    public async Task InsideALane_WorkStartedWithoutAScheduler_GoesToThePool()
    {
        var threads = new TurnThreads(1);
        TaskScheduler? current = null;
        bool? startedOnPool = null;

        await threads.Start(async () =>
        {
            current = TaskScheduler.Current;
            startedOnPool = await Task.Factory.StartNew(() => Thread.CurrentThread.IsThreadPoolThread).ConfigureAwait(false);
        }).WaitAsync(Patience);

        Assert.Same(TaskScheduler.Default, current);
        Assert.True(startedOnPool);
    }

    [Fact]
    public async Task ALaneThatFails_FaultsItsTask_AndTheThreadRunsTheNext()
    {
        var threads = new TurnThreads(1);

        var failed = threads.Start(() => throw new InvalidOperationException("a bug in a turn"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed.WaitAsync(Patience));
        await UntilIdleAsync(threads, 1);

        Assert.Equal("Desk turns", await NameOfALanesThreadAsync(threads));
        Assert.Equal(0, threads.HandedToThePool);
    }

    [Fact]
    public async Task ALaneThatWaits_GoesOnWhereItsWaitEnds_AndFreesItsThread()
    {
        var threads = new TurnThreads(1);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = threads.Start(async () => await gate.Task.ConfigureAwait(false));
        await UntilIdleAsync(threads, 1);

        // The first lane is waiting, not running: its thread takes the next lane.
        Assert.Equal("Desk turns", await NameOfALanesThreadAsync(threads));
        Assert.Equal(0, threads.HandedToThePool);
        Assert.False(waiting.IsCompleted);
        gate.SetResult();
        await waiting.WaitAsync(Patience);
    }

    /// <summary>Starts a lane that only notes the name of the thread it runs on.</summary>
    private static async Task<string?> NameOfALanesThreadAsync(TurnThreads threads)
    {
        string? name = null;
        await threads.Start(() =>
        {
            name = Thread.CurrentThread.Name;
            return Task.CompletedTask;
        }).WaitAsync(Patience);
        return name;
    }

    private static async Task UntilIdleAsync(TurnThreads threads, int idle)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (threads.Idle < idle && waited.Elapsed < Patience)
        {
            await Task.Delay(1);
        }

        Assert.Equal(idle, threads.Idle);
    }

    [Fact]
    public void AtLeastOneThread()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TurnThreads(0));
    }
}
