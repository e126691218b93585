namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The desk-wide door every turn passes: shared by the turns whose reach is known (a person's conversation, a command on
/// named tickets, the periodic checks), which then lock only what they touch (<see cref="KeyedLocks"/>); exclusive for
/// the few technicians' actions that may touch any ticket (a plain line relayed to "their" requester, <c>/new</c>,
/// <c>/problem</c>…), which wait for the turns under way and hold new ones back until they end.
/// </summary>
/// <remarks>
/// A waiting exclusive turn stops new shared ones from entering, so a busy desk cannot starve a technician.
/// </remarks>
public sealed class DeskGate : IDisposable
{
    private readonly SemaphoreSlim _door = new(1, 1);
    private readonly Lock _sync = new();
    private int _inside;
    private TaskCompletionSource _empty = Completed();

    /// <summary>Enters beside other shared turns (briefly waiting while an exclusive one is waiting or inside).</summary>
    public async ValueTask<IDisposable> EnterSharedAsync(CancellationToken cancellationToken)
    {
        await _door.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            if (_inside++ == 0)
            {
                _empty = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _door.Release();
        return new Exit(LeaveShared);
    }

    /// <summary>Enters alone: once every shared turn inside has left, and none enters until this one leaves.</summary>
    public async ValueTask<IDisposable> EnterExclusiveAsync(CancellationToken cancellationToken)
    {
        await _door.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Task empty;
            lock (_sync)
            {
                empty = _empty.Task;
            }

            await empty.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _door.Release();
            throw;
        }

        return new Exit(() => _door.Release());
    }

    public void Dispose() => _door.Dispose();

    private void LeaveShared()
    {
        lock (_sync)
        {
            if (--_inside == 0)
            {
                _empty.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    private sealed class Exit(Action leave) : IDisposable
    {
        private Action? _leave = leave;

        public void Dispose() => Interlocked.Exchange(ref _leave, null)?.Invoke();
    }
}
