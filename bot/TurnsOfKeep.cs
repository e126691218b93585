namespace ServiceDesk.Bot;

/// <summary>
/// The turns of the messages one keep wrote to the inbox, counted down as each lets the keep go: its turn ended (its
/// commit's flush covered the keep, or it wrote nothing), or it will not come at once (the desk waits for more lines, or
/// the store failed and the turn waits to run again). Once all have, no commit that would flush the keep with its own is
/// coming, and the keep flushes itself if it still has to (<see cref="ChannelWorker"/>'s admission). No timer: a keep
/// waits at most as long as its turns take to start and commit.
/// </summary>
internal sealed class TurnsOfKeep(int messages)
{
    // Asynchronous continuations: the last turn lets go on its lane, which must not run the keep's flush, receipts and
    // next read; the keep is usually on disk by then (its turn's flush covered it) and nothing awaits this any more.
    private readonly TaskCompletionSource _allLetGo = new(TaskCreationOptions.RunContinuationsAsynchronously);
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

    /// <summary>The worker stops: no turn is waited for.</summary>
    public void LetGoAll() => _allLetGo.TrySetResult();
}
