using System.Threading.Channels;
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
/// message starts a new one, on one of the desk's own threads (<see cref="TurnThreads"/>).
/// </remarks>
public sealed class TurnQueue(
    Func<IReadOnlyList<InboundMessage>, CancellationToken, Task> handle,
    Func<InboundMessage, bool> waitsForMore,
    DialogueOptions options,
    TimeProvider clock,
    TurnThreads? threads = null)
{
    private const int LargestBurst = 20;
    private readonly Dictionary<string, Channel<InboundMessage>> _lanes = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];

    /// <summary>Queues a message on its sender's lane, starting the lane when it is idle.</summary>
    public void Enqueue(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = message.RequesterId;
        lock (_lanes)
        {
            if (_lanes.TryGetValue(key, out var lane))
            {
                lane.Writer.TryWrite(message);
                return;
            }

            lane = Channel.CreateUnbounded<InboundMessage>(new UnboundedChannelOptions { SingleReader = true });
            lane.Writer.TryWrite(message);
            _lanes[key] = lane;
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add((threads ?? TurnThreads.Shared).Start(() => RunLaneAsync(key, lane.Reader, cancellationToken)));
        }
    }

    /// <summary>Waits until every lane has handled what it holds (or stopped with the token).</summary>
    public async Task DrainAsync()
    {
        Task[] running;
        lock (_lanes)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunLaneAsync(string key, ChannelReader<InboundMessage> lane, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            InboundMessage first;
            lock (_lanes)
            {
                if (!lane.TryRead(out first!))
                {
                    _lanes.Remove(key);
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

    private async Task ListenAsync(ChannelReader<InboundMessage> lane, List<InboundMessage> burst, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + options.BurstMaximum;
        while (burst.Count < LargestBurst)
        {
            var silence = Min(options.BurstPause, until - clock.GetUtcNow());
            if (silence <= TimeSpan.Zero || !await MoreWithinAsync(lane, silence, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            while (burst.Count < LargestBurst && lane.TryPeek(out var next))
            {
                // "statut", "annuler", "je veux parler à quelqu'un" typed right after are their own turn.
                if (!waitsForMore(next))
                {
                    return;
                }

                lane.TryRead(out _);
                burst.Add(next);
            }
        }
    }

    private async Task<bool> MoreWithinAsync(ChannelReader<InboundMessage> lane, TimeSpan silence, CancellationToken cancellationToken)
    {
        using var quiet = new CancellationTokenSource(silence, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(quiet.Token, cancellationToken);
        try
        {
            return await lane.WaitToReadAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
