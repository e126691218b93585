namespace ServiceDesk.Bot;

/// <summary>
/// Who writes a message's keep to the inbox, when its turn may carry it (<see cref="ChannelWorker"/>'s admission): its
/// turn's transaction (<see cref="ChannelWorker.KeepRider"/>), or the admission itself once the turn let it go without
/// (no transaction, a failed one, a turn that comes only after the pause for more lines). Exactly one of them does:
/// each takes the claim from <see cref="IsWaiting"/> in one atomic step, and gives it back if its transaction fails.
/// </summary>
internal sealed class KeepClaim
{
    private static readonly object Waiting = new();
    private static readonly object Done = new();

    /// <summary><see cref="Waiting"/>, <see cref="Done"/>, or the <see cref="TaskCompletionSource"/> of the write under way.</summary>
    private object _state = Waiting;

    /// <summary>Completes once the keep is on disk (null: it was before the keep was reported).</summary>
    public Func<ValueTask>? Durable { get; private set; }

    /// <summary>The turn was given up or fenced: its message stays in the inbox for the next start, even once kept.</summary>
    public bool LeftForNextStart { get; set; }

    public bool IsWaiting => ReferenceEquals(Volatile.Read(ref _state), Waiting);

    /// <summary>Kept, or not needed: nothing more to write.</summary>
    public bool IsDone => ReferenceEquals(Volatile.Read(ref _state), Done);

    /// <summary>Takes the claim to write the keep; false when another writes it or has.</summary>
    public bool TryTake() =>
        IsWaiting && ReferenceEquals(Interlocked.CompareExchange(ref _state, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), Waiting), Waiting);

    /// <summary>Completes once the write of the keep under way ends (at once when none is).</summary>
    public Task Settled => Volatile.Read(ref _state) is TaskCompletionSource writing ? writing.Task : Task.CompletedTask;

    /// <summary>Kept (or found not to be keepable), by whoever took the claim; its entry is the worker's to remember.</summary>
    public void Kept(Func<ValueTask>? durable)
    {
        Durable = durable;
        Settle(Done);
    }

    /// <summary>The write failed: the claim is free again.</summary>
    public void GiveBack() => Settle(Waiting);

    /// <summary>Needs no keep (its turn failed with a bug and is forgotten): true when nobody had taken the claim.</summary>
    public bool TryDrop() => ReferenceEquals(Interlocked.CompareExchange(ref _state, Done, Waiting), Waiting);

    private void Settle(object state)
    {
        var writing = Interlocked.Exchange(ref _state, state) as TaskCompletionSource;
        writing?.TrySetResult();
    }
}
