namespace ServiceDesk.Bot;

/// <summary>
/// The turns of the messages one keep wrote to the inbox, counted down as each lets the keep go: its turn ended (its
/// commit's flush covered the keep, or it wrote nothing), or it will not come at once (the desk waits for more lines, or
/// the store failed and the turn waits to run again). Once all have, no commit that would flush the keep with its own is
/// coming, and the keep flushes itself if it still has to (<see cref="ChannelWorker"/>'s admission). No timer: a keep
/// waits at most as long as its turns take to start and commit.
/// </summary>
/// <param name="messages">The messages of the keep.</param>
/// <param name="continueOnLastTurn">
/// True when the admission waiting for <see cref="AllLetGo"/> may go on on the thread of the turn that lets go last
/// (the keep carried by the turns' own transactions): what it does then is short, its messages' keeps being on disk by
/// the end of their turns (receipts, the next read), and it saves a hand-over to another thread per message, a thread
/// woken and put back to sleep. False (the keep written first): the admission's wait is the keep's flush, which must
/// not run on a person's lane, so it continues on the thread pool.
/// </param>
internal sealed class TurnsOfKeep(int messages, bool continueOnLastTurn = false)
{
    private readonly TaskCompletionSource _allLetGo = new(continueOnLastTurn ? TaskCreationOptions.None : TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting = messages;

    /// <summary>Completes once every message's turn let the keep go, or <see cref="LetGoAll"/>.</summary>
    public Task AllLetGo => _allLetGo.Task;

    public void LetGoOne()
    {
        if (Interlocked.Decrement(ref _waiting) <= 0)
        {
            _allLetGo.TrySetResult();
        }
    }

    /// <summary>
    /// The worker stops: no turn is waited for. Called from the stop's cancellation, whose other callbacks must not wait
    /// for the admission: it goes on on the thread pool.
    /// </summary>
    public void LetGoAll()
    {
        if (!_allLetGo.Task.IsCompleted)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static letGo => letGo.TrySetResult(), _allLetGo, preferLocal: false);
        }
    }
}
