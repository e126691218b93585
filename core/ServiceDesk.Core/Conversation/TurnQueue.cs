using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Orders the turns of every conversation on a channel: one lane per sender, so different people are
/// served in parallel while each person's messages are handled one turn at a time, in order (Stateless
/// and the stored record need that).
/// </summary>
/// <remarks>
/// People type in bursts ("Bonjour", "Outlook ne marche plus", "depuis ce matin"): when
/// <paramref name="waitsForMore"/> says a message opens a request, the lane listens until the sender
/// has been silent for <see cref="DialogueOptions.BurstPause"/> (at most
/// <see cref="DialogueOptions.BurstMaximum"/>) and hands the whole burst over as one turn: listen
/// first, then answer (seed 000 §5, seed 002 §2.3). Answers to a question are handled at once.
/// A message that would not open a request itself (a status question, "annuler", a call for a human)
/// ends the burst and is handled next, on its own. A lane ends when its queue is empty; the next
/// message starts a new one, on one of the desk's own threads (<see cref="TurnThreads"/>). The pause is an alarm of the
/// <see cref="DeskClock"/>; whichever ends it first (the alarm, the person's next line, the stop), the lane goes on on a
/// desk thread.
/// </remarks>
public sealed class TurnQueue(
    Func<IReadOnlyList<InboundMessage>, CancellationToken, Task> handle,
    Func<InboundMessage, bool> waitsForMore,
    DialogueOptions options,
    TimeProvider clock,
    TurnThreads? threads = null)
{
    private const int LargestBurst = 20;

    /// <summary>The lanes with messages to handle or being handled, by sender; their queues and pauses are under its lock.</summary>
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    private readonly List<Task> _running = [];
    private readonly DeskClock _alarms = DeskClock.For(clock);

    private TurnThreads Threads => threads ?? TurnThreads.Shared;

    /// <summary>Queues a message on its sender's lane, starting the lane when it is idle.</summary>
    public void Enqueue(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = message.RequesterId;
        Lane lane;
        Pause? heard = null;
        var made = false;
        lock (_lanes)
        {
            if (_lanes.TryGetValue(key, out lane!))
            {
                lane.Messages.Enqueue(message);
                heard = lane.Listening;
                lane.Listening = null;
            }
            else
            {
                lane = new Lane(key);
                lane.Messages.Enqueue(message);
                _lanes[key] = lane;
                made = true;
            }
        }

        if (!made)
        {
            // A lane listening for more lines goes on with this one (on a desk thread); a busy lane finds it when it reads.
            heard?.End(Pause.More);
            return;
        }

        // Started outside the lock: the lane's first look at its queue takes it, on another core at once.
        var running = Threads.Start(() => RunLaneAsync(lane, cancellationToken));
        lock (_running)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(running);
        }
    }

    /// <summary>Waits until every lane has handled what it holds (or stopped with the token).</summary>
    public async Task DrainAsync()
    {
        Task[] running;
        lock (_running)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunLaneAsync(Lane lane, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            InboundMessage first;
            lock (_lanes)
            {
                if (!lane.Messages.TryDequeue(out first!))
                {
                    _lanes.Remove(lane.Key);
                    return;
                }
            }

            List<InboundMessage> burst = [first];
            if (options.BurstPause > TimeSpan.Zero && waitsForMore(first))
            {
                await ListenAsync(lane, burst, cancellationToken).ConfigureAwait(false);
            }

            await handle(burst, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ListenAsync(Lane lane, List<InboundMessage> burst, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + options.BurstMaximum;
        while (burst.Count < LargestBurst)
        {
            var silence = Min(options.BurstPause, until - clock.GetUtcNow());
            if (silence <= TimeSpan.Zero || !await MoreWithinAsync(lane, silence, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            while (burst.Count < LargestBurst && Next(lane) is { } next)
            {
                // "statut", "annuler", "je veux parler à quelqu'un" typed right after are their own turn.
                if (!waitsForMore(next))
                {
                    return;
                }

                lock (_lanes)
                {
                    lane.Messages.Dequeue();
                }

                burst.Add(next);
            }
        }
    }

    /// <summary>The lane's next message, left in its queue; null when there is none.</summary>
    private InboundMessage? Next(Lane lane)
    {
        lock (_lanes)
        {
            return lane.Messages.TryPeek(out var next) ? next : null;
        }
    }

    /// <summary>True when the person writes again within <paramref name="silence"/>; false when they stay silent.</summary>
    private async Task<bool> MoreWithinAsync(Lane lane, TimeSpan silence, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pause = new Pause(Threads, cancellationToken);
        pause.Arm(_alarms, silence);
        lock (_lanes)
        {
            if (lane.Messages.Count > 0)
            {
                pause.Disarm();
                return true;
            }

            lane.Listening = pause;
        }

        try
        {
            return await pause.Ended.ConfigureAwait(false);
        }
        finally
        {
            lock (_lanes)
            {
                if (ReferenceEquals(lane.Listening, pause))
                {
                    lane.Listening = null;
                }
            }

            pause.Disarm();
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>One person's messages not yet taken by a turn, and the pause it listens in (under the queue's lock).</summary>
    private sealed class Lane(string key)
    {
        public string Key { get; } = key;

        public Queue<InboundMessage> Messages { get; } = new();

        public Pause? Listening { get; set; }
    }

    /// <summary>
    /// A lane's wait for more lines: ended once, by the person's next line, the alarm or the stop, whichever comes first;
    /// the lane then goes on on a desk thread (not on the thread that ended it: the socket's, the clock's).
    /// </summary>
    private sealed class Pause(TurnThreads threads, CancellationToken stop)
    {
        public const int More = 1;
        public const int Quiet = 2;
        public const int Stopped = 3;

        // Continuations inline: the completion is posted to a desk thread, where the lane goes on.
        private readonly TaskCompletionSource<bool> _ended = new();
        private DeskClock.Alarm? _alarm;
        private CancellationTokenRegistration _stopping;
        private int _outcome;

        public Task<bool> Ended => _ended.Task;

        /// <summary>Sets the alarm and listens for the stop (before anyone else may end the pause).</summary>
        public void Arm(DeskClock clock, TimeSpan silence)
        {
            _alarm = clock.Set(silence, static pause => ((Pause)pause!).End(Quiet), this);
            if (stop.CanBeCanceled)
            {
                _stopping = stop.UnsafeRegister(static pause => ((Pause)pause!).End(Stopped), this);
            }
        }

        /// <summary>After the pause: its alarm and its listening to the stop are dropped.</summary>
        public void Disarm()
        {
            _alarm?.Cancel();
            _stopping.Dispose();
        }

        public void End(int outcome)
        {
            if (Interlocked.CompareExchange(ref _outcome, outcome, 0) == 0)
            {
                threads.Post(static pause => ((Pause)pause!).Complete(), this);
            }
        }

        private void Complete()
        {
            if (_outcome == Stopped)
            {
                _ended.SetCanceled(stop);
            }
            else
            {
                _ended.SetResult(_outcome == More);
            }
        }
    }
}
