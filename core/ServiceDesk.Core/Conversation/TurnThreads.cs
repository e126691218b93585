using System.Collections.Concurrent;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Where a person's lane starts (<see cref="TurnQueue"/>): a few threads of the desk's own, each woken alone for the
/// lane handed to it. When every one of them is busy, the lane goes to the thread pool, as all lanes did before, so a
/// turn never waits for another to end.
/// </summary>
/// <remarks>
/// <para>
/// The thread pool, handed a work item while its workers sleep, wakes one, and that worker, before running the item,
/// asks for another in case more work follows (<c>ThreadPoolWorkQueue.Dispatch</c> calls <c>EnsureThreadRequested</c>
/// after its first dequeue). When messages arrive one at a time, as at the load bench's 200 people (one every 70 ms),
/// the second worker wakes, finds nothing and sleeps again, once for every lane started: 2.46 wake-ups of a pool
/// worker by another per message in the bench (<c>perf record -e sched:sched_wakeup</c>), each a few context switches
/// (the runtime's semaphore is a condition variable and its mutex). Here a lane wakes one thread, and nobody else.
/// </para>
/// <para>
/// Only the lane's start runs here: its code uses <c>ConfigureAwait(false)</c>, so after a wait that did not complete at
/// once (the pause for more lines, a store's retry) it goes on where the wait ended, as before. The lanes see the
/// default scheduler (<see cref="TaskCreationOptions.HideScheduler"/>), so nothing they start lands here by accident.
/// </para>
/// </remarks>
public sealed class TurnThreads : TaskScheduler
{
    /// <summary>How work starts here: it sees the default scheduler, so nothing it starts lands here by accident.</summary>
    private const TaskCreationOptions Here = TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler;

    private readonly ConcurrentStack<Worker> _idle = new();
    private readonly int _most;
    private int _started;

    /// <param name="threads">How many threads at most (started as they are first needed).</param>
    public TurnThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _most = threads;
    }

    /// <summary>One per processor, shared by every lane of the process.</summary>
    public static TurnThreads Shared { get; } = new(Environment.ProcessorCount);

    /// <summary>Starts <paramref name="lane"/> here (see the remarks on the class); the returned task is the lane's.</summary>
    public Task Start(Func<Task> lane) =>
        Task.Factory.StartNew(lane, CancellationToken.None, Here, this).Unwrap();

    /// <summary>
    /// Runs <paramref name="work"/> here as a lane's start is (see the remarks on the class): a lane that paused goes on
    /// here when its pause ends (<see cref="TurnQueue"/>), instead of on the thread pool.
    /// </summary>
    public void Post(Action<object?> work, object? state) =>
        _ = Task.Factory.StartNew(work, state, CancellationToken.None, Here, this);

    /// <summary>Lanes handed to the thread pool because every thread here was busy (for the tests).</summary>
    public long HandedToThePool => Interlocked.Read(ref _handedToThePool);

    private long _handedToThePool;

    /// <summary>Threads started here and waiting for a lane (for the tests).</summary>
    public int Idle => _idle.Count;

    protected override void QueueTask(Task task)
    {
        if (_idle.TryPop(out var worker))
        {
            worker.Run(task);
            return;
        }

        if (Interlocked.Increment(ref _started) <= _most)
        {
            new Worker(this).Start(task);
            return;
        }

        Interlocked.Decrement(ref _started);
        Interlocked.Increment(ref _handedToThePool);
        ThreadPool.UnsafeQueueUserWorkItem(
            static state => state.Scheduler.TryExecuteTask(state.Task), (Scheduler: this, Task: task), preferLocal: false);
    }

    /// <summary>Never inline: a lane runs on its own thread (or the pool's), not on the caller's.</summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => [];

    /// <summary>One thread: runs the lane it is handed, then offers itself again and sleeps until the next.</summary>
    private sealed class Worker(TurnThreads owner)
    {
        // No spinning before sleeping: on two cores a spinning thread takes the core the lane needs.
        private readonly ManualResetEventSlim _handed = new(initialState: false, spinCount: 0);
        private Task? _task;

        public void Start(Task first)
        {
            Run(first);

            // Without the starter's execution context: each lane runs in its own (TryExecuteTask), and the thread
            // outlives the starter.
            new Thread(Loop) { IsBackground = true, Name = "Desk turns" }.UnsafeStart();
        }

        public void Run(Task task)
        {
            _task = task;
            _handed.Set();
        }

        private void Loop()
        {
            while (true)
            {
                _handed.Wait();
                _handed.Reset();
                var task = Interlocked.Exchange(ref _task, null);
                if (task is not null)
                {
                    owner.TryExecuteTask(task);
                }

                owner._idle.Push(this);
            }
        }
    }
}
