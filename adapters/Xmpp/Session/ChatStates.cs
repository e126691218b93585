namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// XEP-0085 towards each person: who showed they use chat states (only they get ours, §5.1), and who currently
/// sees the bot <c>composing</c>. Each <c>composing</c> ends with the next message to that person (carrying
/// <c>active</c>), with <see cref="Stop"/>, or by itself after <paramref name="fallback"/>, so that it never hangs
/// when a turn fails or takes far longer than usual.
/// </summary>
/// <remarks>Thread-safe: lanes, the write path and timers call it concurrently.</remarks>
internal sealed class ChatStates(TimeProvider clock, TimeSpan fallback, Action<string> expired) : IDisposable
{
    private const int MaxRemembered = 100_000;
    private readonly Lock gate = new();
    private readonly HashSet<string> capable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ITimer> composing = new(StringComparer.Ordinal);

    public void SawChatState(string bare)
    {
        lock (gate)
        {
            if (capable.Count >= MaxRemembered)
            {
                capable.Clear();
            }

            capable.Add(bare);
        }
    }

    public bool Supports(string bare)
    {
        lock (gate)
        {
            return capable.Contains(bare);
        }
    }

    /// <summary>True when <c>composing</c> should be sent now: the person uses chat states and did not see it already.</summary>
    public bool StartComposing(string bare)
    {
        lock (gate)
        {
            if (!capable.Contains(bare))
            {
                return false;
            }

            if (composing.Remove(bare, out var running))
            {
                // Still composing: only the fallback starts again.
                running.Dispose();
                composing[bare] = Timer(bare);
                return false;
            }

            composing[bare] = Timer(bare);
            return true;
        }
    }

    /// <summary>True when the person was seeing <c>composing</c> (and now should see <c>active</c>).</summary>
    public bool Stop(string bare)
    {
        lock (gate)
        {
            if (!composing.Remove(bare, out var timer))
            {
                return false;
            }

            timer.Dispose();
            return true;
        }
    }

    /// <summary>Everyone still seeing <c>composing</c>, forgotten here (at shutdown: they are told <c>active</c>).</summary>
    public IReadOnlyList<string> StopAll()
    {
        lock (gate)
        {
            List<string> all = [.. composing.Keys];
            foreach (var timer in composing.Values)
            {
                timer.Dispose();
            }

            composing.Clear();
            return all;
        }
    }

    public void Dispose() => StopAll();

    private ITimer Timer(string bare) =>
        clock.CreateTimer(_ => Expire(bare), null, fallback, Timeout.InfiniteTimeSpan);

    private void Expire(string bare)
    {
        if (Stop(bare))
        {
            expired(bare);
        }
    }
}
