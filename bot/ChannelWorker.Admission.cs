using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// What happens to a message between the channel and its turn: the per-sender rate limit, and the
/// persistent inbox (written before the turn, removed after it, replayed at start-up) so that a crash
/// loses no message the channel already acknowledged.
/// </summary>
/// <remarks>
/// Asking the channel for the next message tells the network this one is safe (<see cref="IChatChannel"/>), so a
/// message the inbox cannot keep (a full disk) is not let go: it is held here, the person is told once that the answer
/// is delayed, and the write is retried with the turns' backoff until it passes, before the next message is read. While
/// the store refuses writes no turn could be taken anyway; the network keeps what follows (over XMPP, unacknowledged:
/// delivered again even if the bot stops), and reading resumes as soon as there is room. Only a message typed in the
/// terminal and still held when the bot stops is lost, and the log says so.
/// </remarks>
internal sealed partial class ChannelWorker
{
    private static readonly TimeSpan PendingForgetsWait = TimeSpan.FromSeconds(2);

    /// <summary>
    /// At most this many messages the channel already holds are kept in one write (<see cref="IChatChannel.ReadBatchesAsync"/>):
    /// kept one by one, each with its flush to disk before the next is read, a burst of a thousand people came in at a few
    /// dozen messages a second whatever the CPU.
    /// </summary>
    private const int IntakeBatch = 64;

    private readonly ConcurrentDictionary<InboundMessage, InboxEntryId> _kept = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Task, byte> _forgetting = new();
    private readonly Lock _inboxGate = new();
    private bool _inboxClosed;

    /// <summary>
    /// Entries whose answers the channel confirmed, not yet removed from the inbox (under <see cref="_inboxGate"/>): removed
    /// in the transaction that keeps the next messages read, or on their own after <see cref="ForgetFold"/> when nothing
    /// comes. One forget per message, each with its commit and its flush to disk, was a tenth of the bot's CPU in the load
    /// bench's profile.
    /// </summary>
    private List<InboxEntryId> _toForget = [];

    private bool _forgetsScheduled;

    /// <summary>When the oldest of <see cref="_toForget"/> started waiting (a <see cref="Stopwatch"/> timestamp, under <see cref="_inboxGate"/>).</summary>
    private long _waitingSince;

    /// <summary>Held while waiting entries are forgotten in a transaction of their own, so that the stop waits for it.</summary>
    private readonly Lock _forgetRun = new();

    /// <summary>
    /// How long a confirmed entry may wait for the next keep's transaction. A crash in between replays the message at the
    /// next start and sends its saved answer once more, as a crash between the confirmation and the forget always did
    /// (README, "What a crash can and cannot lose"): the rule holds, the window is this much longer.
    /// </summary>
    internal static readonly TimeSpan ForgetFold = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long at most a keep waits for its messages' turns to flush it to disk with their commits before flushing
    /// itself (<see cref="AdmitAsync"/>), <c>Storage:KeepLinger</c>. Not set: no limit and no timer; the keep waits until
    /// each of its messages' turns has ended or is known not to come at once (<see cref="TurnsOfKeep"/>). A timer per keep,
    /// 20 ms, was the default before: in the 200-person load bench it woke the runtime's timer thread and a pool thread
    /// about six times per message, as much CPU as the flush it saved. Zero: the keep flushes at once.
    /// </summary>
    private TimeSpan? _keepLinger;

    /// <summary><c>Storage:KeepLinger</c>: <see cref="Timeout.InfiniteTimeSpan"/> when not set (until the turns let the keep go); zero or less: the keep flushes at once.</summary>
    private TimeSpan KeepLinger => _keepLinger ??= configuration.GetValue<TimeSpan?>("Storage:KeepLinger") switch
    {
        null => Timeout.InfiniteTimeSpan,
        { Ticks: > 0 } linger => linger,
        _ => TimeSpan.Zero,
    };

    /// <summary>The kept messages whose turns have not yet let their keep go (see <see cref="TurnsOfKeep"/>), by message.</summary>
    private readonly ConcurrentDictionary<InboundMessage, TurnsOfKeep> _keepsAwaitingTurns = new(ReferenceEqualityComparer.Instance);

    private SenderRateLimit? _rateLimit;

    private SenderRateLimit RateLimit =>
        _rateLimit ??= new SenderRateLimit(configuration.GetSection("RateLimit").Get<RateLimitOptions>() ?? new RateLimitOptions(), clock);

    private const string SlowDown =
        "Vous m'envoyez beaucoup de messages très vite : je ne peux pas tous les lire, ceux qui arrivent trop vite sont ignorés. " +
        "Pouvez-vous patienter un instant avant d'écrire à nouveau ? " +
        "(You are sending many messages very quickly: those that come too fast are ignored. Could you wait a moment before writing again?)";

    private void ReplayInbox(TurnQueue turns, CancellationToken cancellationToken)
    {
        var pending = inbox.Pending(channel.Name);
        foreach (var (id, message) in pending)
        {
            _kept[message] = id;
            turns.Enqueue(message, cancellationToken);
        }

        // Whoever was left waiting at the last stop sees the desk at work again, until the answer (chat states).
        foreach (var person in pending.Select(p => p.Message.From).Where(a => !a.IsRoom).Distinct())
        {
            _ = SignalAsync(() => channel.ShowWorkingAsync(person, cancellationToken), person);
        }

        if (pending.Count > 0)
        {
            LogReplayed(pending.Count, channel.Name);
        }
    }

#pragma warning disable CA1031 // Part of the worker loop's top: a failing store must not stop the channel.
    /// <summary>
    /// Hands the batch's messages to their turns, kept in the inbox in one write, in order; those refused are left out.
    /// Text far past <see cref="DialogueOptions.MaxMessageLength"/> is cut here, one character past the limit, so that
    /// nothing downstream (routing, search) works on megabytes and the dialogue still tells the person. Returns once what
    /// was kept is on disk, which is when the channel may tell the network and the senders that it is safe.
    /// </summary>
    /// <remarks>
    /// The turns start as soon as the keep is committed, before its flush to disk: a turn's commit comes later in the same
    /// log, so a flush that covers it covers the keep too, and the keep waits up to <see cref="KeepLinger"/> for that
    /// flush instead of paying one of its own (0.23 ms of a message's 5.4 ms in the 200-person load bench's profile). A
    /// crash before the flush loses the keep and whatever the turn wrote, together; the message was not acknowledged yet,
    /// so the network delivers it again.
    /// </remarks>
    private async ValueTask AdmitAsync(IReadOnlyList<InboundMessage> batch, TurnQueue turns, CancellationToken cancellationToken)
    {
        List<InboundMessage> admitted = [];
        foreach (var received in batch)
        {
            var message = received;
            if (message.Text.Length > options.MaxMessageLength + 1)
            {
                LogCut(message.Text.Length, message.From.ToString());
                message = message with { Text = message.Text[..(options.MaxMessageLength + 1)] };
            }

            if (!await RefusedByRateLimitAsync(message, cancellationToken).ConfigureAwait(false))
            {
                admitted.Add(message);
            }
        }

        if (admitted.Count == 0)
        {
            return;
        }

        if (KeepsInTurns)
        {
            await AdmitKeptInTurnsAsync(admitted, turns, cancellationToken).ConfigureAwait(false);
            return;
        }

        Committed<IReadOnlyList<InboxEntryId>> kept;
        try
        {
            kept = await KeepAsync(admitted, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < admitted.Count; i++)
            {
                _kept[admitted[i]] = kept.Result[i];
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            foreach (var person in admitted.Select(m => m.From).Distinct())
            {
                LogInboxFailed(error, person.ToString());
                await TellTemporaryProblemAsync(person, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // Kept: the desk is on it (chat states), and the turns may start; the receipts wait for the flush to disk.
        var turnsOfKeep = new TurnsOfKeep(admitted.Count);
        foreach (var message in admitted)
        {
            _keepsAwaitingTurns[message] = turnsOfKeep;
            await SignalAsync(() => channel.ShowWorkingAsync(message.From, cancellationToken), message.From).ConfigureAwait(false);
            turns.Enqueue(message, cancellationToken);
        }

        try
        {
            using var stopping = cancellationToken.UnsafeRegister(static state => ((TurnsOfKeep)state!).LetGoAll(), turnsOfKeep);
            await DurableAsync(kept, admitted, KeepLinger, turnsOfKeep.AllLetGo, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var message in admitted)
            {
                _keepsAwaitingTurns.TryRemove(message, out _);
            }
        }

        // On disk: the network may tell the person it is safe (a delivery receipt).
        foreach (var message in admitted)
        {
            await SignalAsync(() => channel.MarkKeptAsync(message, cancellationToken), message.From).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The message's turn lets its keep go (<see cref="TurnsOfKeep"/>): it ended, or it will not come at once. Nothing
    /// when the keep is on disk already, or the message was not kept by <see cref="AdmitAsync"/> (a replay).
    /// </summary>
    private void LetKeepGo(InboundMessage message)
    {
        if (_keepsAwaitingTurns.TryRemove(message, out var turnsOfKeep))
        {
            turnsOfKeep.LetGoOne();
        }
    }

    private void LetKeepGo(IReadOnlyList<InboundMessage> burst)
    {
        foreach (var message in burst)
        {
            LetKeepGo(message);
        }
    }

    /// <summary>True when the sender sends too fast: the message is dropped (the sender told once a minute).</summary>
    private async ValueTask<bool> RefusedByRateLimitAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var verdict = RateLimit.Admit(message.From);
        if (verdict == RateVerdict.Admitted)
        {
            return false;
        }

        if (verdict == RateVerdict.RefusedWithNotice)
        {
            LogRateLimitStarted(message.From.ToString(), channel.Name);
            await TellAsync(message.From, SlowDown, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LogRateLimited(message.From.ToString(), channel.Name);
        }

        return true;
    }

    /// <summary>A receipt or a chat state: nice to show, never worth failing a turn for.</summary>
    private async Task SignalAsync(Func<ValueTask> signal, ChannelAddress person)
    {
        try
        {
            await signal().ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNoticeFailed(error, person.ToString());
        }
    }

    /// <summary>
    /// Writes the messages to the inbox, all or none, in one transaction, and returns once it is committed (see
    /// <see cref="DurableAsync"/> for the flush); while the store fails (<see cref="StoreFailure.IsTransient"/>), tells each
    /// person once and tries again after the turns' backoff, for as long as it takes (see the remarks above).
    /// </summary>
    private async Task<Committed<IReadOnlyList<InboxEntryId>>> KeepAsync(IReadOnlyList<InboundMessage> messages, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The entries answered since the last keep leave the inbox in the same transaction: one commit, not one each.
            var forgets = TakeForgets();
            try
            {
                return unitOfWork.InOneTransactionCommitted<IReadOnlyList<InboxEntryId>>(() =>
                {
                    ForgetEach(forgets);
                    return messages.Select(inbox.Keep).ToList();
                });
            }
            catch (Exception error) when (StoreFailure.IsTransient(error))
            {
                GiveBackForgets(forgets);
                await HoldAsync(messages, attempt, error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Waits until the keep is on disk, first giving the turns just started the time until they let it go
    /// (<paramref name="turnsLetGo"/>), at most <paramref name="linger"/>, to flush it with their own commits; a flush that
    /// fails is tried again as a failed keep is (the messages are in the inbox's log already, not yet surely on disk), for
    /// as long as it takes.
    /// </summary>
    private Task DurableAsync<T>(Committed<T> kept, IReadOnlyList<InboundMessage> messages, TimeSpan linger, Task? turnsLetGo, CancellationToken cancellationToken) =>
        DurableAsync(() => kept.DurableAsync(linger, turnsLetGo), messages, cancellationToken);

    /// <summary>Waits for <paramref name="durable"/>; a flush that fails is tried again as a failed keep is, for as long as it takes.</summary>
    private async Task DurableAsync(Func<ValueTask> durable, IReadOnlyList<InboundMessage> messages, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await durable().ConfigureAwait(false);
                return;
            }
            catch (Exception error) when (StoreFailure.IsTransient(error))
            {
                await HoldAsync(messages, attempt, error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The store refused to keep the messages: tells each person once (first attempt), then waits the turns' backoff.</summary>
    private async Task HoldAsync(IReadOnlyList<InboundMessage> messages, int attempt, Exception error, CancellationToken cancellationToken)
    {
        if (attempt == 1)
        {
            foreach (var person in messages.Select(m => m.From).Distinct())
            {
                LogHeld(error, person.ToString());
                await TellOnceAsync(_toldDelayed, person, Delayed, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            await Task.Delay(Retry.DelayBefore(attempt, Random.Shared), clock, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            foreach (var message in messages)
            {
                LogHeldLost(message.From.ToString(), channel.Name);
            }

            throw;
        }
    }

    /// <summary>A turn given up: its messages stay in the inbox and are replayed at the next start.</summary>
    private void LeaveForNextStart(IReadOnlyList<InboundMessage> burst)
    {
        LeaveKeepsForNextStart(burst);
        foreach (var message in burst)
        {
            _kept.TryRemove(message, out _);
        }
    }

    /// <summary>
    /// Queues the turn's answers, in order, each on its recipient's channel (a technician may be on another network
    /// than the requester), and returns what confirms their delivery (the network's acknowledgement where it gives one).
    /// </summary>
    private Task SendConfirmed(IReadOnlyList<OutboundMessage> replies, CancellationToken cancellationToken) =>
        outbound.SendConfirmedAsync(replies, cancellationToken);

    /// <summary>
    /// The burst leaves the inbox once the channel confirms its answers (over XMPP the server's acknowledgement), not when
    /// they are queued: a crash in between (or a stop while the server is away) replays the message at the
    /// next start, and the dialogue sends the saved answer again. The lane does not wait for this. An answer
    /// the adapter gave up on leaves the burst in the inbox for the next start.
    /// </summary>
    private void ForgetOnceDelivered(IReadOnlyList<InboundMessage> burst, Task delivered)
    {
        if (delivered.IsCompletedSuccessfully)
        {
            ForgetHandled(burst);
            return;
        }

        var forgetting = delivered.ContinueWith(
            (done, state) =>
            {
                if (done.IsCompletedSuccessfully)
                {
                    ForgetHandled((IReadOnlyList<InboundMessage>)state!);
                }
                else
                {
                    LogNotConfirmed(((IReadOnlyList<InboundMessage>)state!)[^1].From.ToString());
                }
            },
            burst,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        _forgetting[forgetting] = 0;
        _ = forgetting.ContinueWith(done => _forgetting.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>
    /// At the end of the worker: gives answers already written a moment to clear their inbox entries, then closes the
    /// inbox to late confirmations, so that nothing touches the store once the host disposes it (a disposed store
    /// would fail there). What is not cleared by then is replayed at the next start.
    /// </summary>
    private async Task CloseInboxAsync()
    {
        if (!_forgetting.IsEmpty)
        {
            // Real time, not the desk's clock: a test's frozen clock must not hold the shutdown.
            await Task.WhenAny(Task.WhenAll(_forgetting.Keys), Task.Delay(PendingForgetsWait, TimeProvider.System)).ConfigureAwait(false);
        }

        lock (_forgetRun)
        {
            List<InboxEntryId> waiting;
            lock (_inboxGate)
            {
                waiting = TakeWaiting();
                _inboxClosed = true;
                _forgetAlarm?.Cancel();
            }

            Forget(waiting);
        }
    }

    private void ForgetHandled(IReadOnlyList<InboundMessage> burst)
    {
        lock (_inboxGate)
        {
            if (_inboxClosed)
            {
                return;
            }

            if (SharedInbox is not null)
            {
                // Other instances read the shared inbox: what is handled leaves it at once.
                ForgetKept(burst);
                return;
            }

            foreach (var message in burst)
            {
                if (_kept.TryRemove(message, out var id))
                {
                    if (_toForget.Count == 0)
                    {
                        _waitingSince = Stopwatch.GetTimestamp();
                    }

                    _toForget.Add(id);
                }
            }

            ScheduleForgets();
        }
    }

    /// <summary>The entries waiting to be forgotten, handed to a keep's transaction (given back if it fails).</summary>
    private List<InboxEntryId> TakeForgets()
    {
        lock (_inboxGate)
        {
            return _inboxClosed ? [] : TakeWaiting();
        }
    }

    private void GiveBackForgets(List<InboxEntryId> forgets)
    {
        if (forgets.Count == 0)
        {
            return;
        }

        lock (_inboxGate)
        {
            // Given back by a transaction that failed: the oldest, and they waited already; the next wait's end tries them alone.
            _waitingSince = Stopwatch.GetTimestamp() - (long)(ForgetFold.TotalSeconds * Stopwatch.Frequency);

            _toForget.InsertRange(0, forgets);
            if (!_inboxClosed)
            {
                ScheduleForgets();
            }
        }
    }

    private bool IsInboxClosed()
    {
        lock (_inboxGate)
        {
            return _inboxClosed;
        }
    }

    /// <summary>The entries waiting to be forgotten, taken out (under <see cref="_inboxGate"/>).</summary>
    private List<InboxEntryId> TakeWaiting()
    {
        if (_toForget.Count == 0)
        {
            return [];
        }

        var taken = _toForget;
        _toForget = [];
        return taken;
    }

    /// <summary>Starts the wait for a lone forget (<see cref="ForgetFold"/>) when entries wait and none is started (under <see cref="_inboxGate"/>).</summary>
    private void ScheduleForgets()
    {
        if (_toForget.Count > 0 && !_forgetsScheduled)
        {
            _forgetsScheduled = true;

            // Real time (the shared clock), not the desk's time provider: a test's frozen clock must not keep answered
            // messages in the inbox.
            SetForgetAlarm(ForgetFold);
        }
    }

    /// <summary>The alarm of the lone forgets' wait, on the desk's clock (under <see cref="_inboxGate"/>).</summary>
    private DeskClock.Alarm? _forgetAlarm;

    private void SetForgetAlarm(TimeSpan after) =>
        _forgetAlarm = DeskClock.Shared.Set(after, static worker => ((ChannelWorker)worker!).ForgetIfDue(), this);

    /// <summary>
    /// When an entry waited <see cref="ForgetFold"/> and no keep took it, the waiting entries are forgotten in a transaction
    /// of their own. A keep takes every entry waiting, so those still waiting when the wait ends came after the last keep:
    /// while they have waited less than the fold, the wait goes on for what is left of it (a message every few hundred
    /// milliseconds or more often, as in the 200-person load bench, takes them in its keep, and no transaction of their
    /// own is written).
    /// </summary>
    /// <remarks>
    /// Runs on the desk's clock thread (<see cref="DeskClock"/>), where the look takes a lock and a subtraction; only a
    /// transaction to write goes to a pool thread. A <c>Task.Delay</c> per wait, before, handed every end of a wait to the
    /// thread pool (a timer created and a pool worker woken, about four times a second at the load bench's 200 people, for
    /// a look that found, nearly every time, that a keep had taken the entries or that the wait went on); a runtime timer
    /// after that still rang on a pool worker, which woke the runtime's timer thread again for its next wait.
    /// </remarks>
    private void ForgetIfDue()
    {
        lock (_inboxGate)
        {
            if (_inboxClosed || _toForget.Count == 0)
            {
                _forgetsScheduled = false;
                return;
            }

            var waited = Stopwatch.GetElapsedTime(_waitingSince);
            if (waited < ForgetFold)
            {
                SetForgetAlarm(ForgetFold - waited);
                return;
            }
        }

        _ = Task.Run(ForgetWaiting);
    }

    /// <summary>The waiting entries' own transaction, once they waited <see cref="ForgetFold"/> (see <see cref="ForgetIfDue"/>).</summary>
    private void ForgetWaiting()
    {
        // Not under the inbox gate: a keep taking the waiting entries, or an answer confirmed meanwhile, must not wait
        // for this transaction's flush to disk.
        lock (_forgetRun)
        {
            List<InboxEntryId> waiting;
            lock (_inboxGate)
            {
                _forgetsScheduled = false;
                if (_inboxClosed)
                {
                    return;
                }

                waiting = TakeWaiting();
            }

            Forget(waiting);
        }
    }

    /// <summary>
    /// Forgets the entries in one transaction (under <see cref="_forgetRun"/>). While the store refuses writes (a full
    /// disk), they wait for the next keep or the next try, as they would have waited for a keep; at the stop, or on
    /// another failure, they are left in the inbox.
    /// </summary>
    /// <remarks>
    /// The transaction is committed, not waited on to reach the disk: the next commit's flush takes it there. A forget
    /// lost to a power cut in between replays its message at the next start, which sends the saved answer once more, as a
    /// crash during <see cref="ForgetFold"/> already may (README, "What a crash can and cannot lose"); a killed process
    /// loses nothing, the commit being written. Its own flush was about one in six of the log's flushes in the 200-person
    /// load bench (1,592 → 1,324 over its 1,200 messages): the last message of a conversation has no keep after it to
    /// share one with.
    /// </remarks>
    private void Forget(List<InboxEntryId> forgets)
    {
        if (forgets.Count == 0)
        {
            return;
        }

        try
        {
            _ = unitOfWork.InOneTransactionCommitted(() =>
            {
                ForgetEach(forgets);
                return forgets.Count;
            });
        }
        catch (Exception error) when (StoreFailure.IsTransient(error) && !IsInboxClosed())
        {
            GiveBackForgets(forgets);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Left in the inbox: replayed at the next start and dropped there as redeliveries.
            LogForgetsFailed(error, forgets.Count, channel.Name);
        }
    }

    /// <summary>Removes the entries from the inbox, in the caller's transaction.</summary>
    private void ForgetEach(List<InboxEntryId> forgets)
    {
        foreach (var id in forgets)
        {
            inbox.Forget(id);
        }
    }

    private void ForgetKept(IReadOnlyList<InboundMessage> burst)
    {
        foreach (var message in burst)
        {
            if (!_kept.TryRemove(message, out var id))
            {
                continue;
            }

            try
            {
                inbox.Forget(id);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Left in the inbox: replayed at the next start and dropped there as a redelivery.
                LogInboxFailed(error, message.From.ToString());
            }
        }
    }

    private async Task TellAsync(ChannelAddress to, string text, CancellationToken cancellationToken)
    {
        try
        {
            await channel.SendAsync(new OutboundMessage(to, text), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNoticeFailed(error, to.ToString());
        }
    }
#pragma warning restore CA1031

    [LoggerMessage(Level = LogLevel.Warning, Message = "The answer to {Sender} could not be sent; the message stays in the inbox and is answered again at the next start")]
    private partial void LogNotConfirmed(string sender);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replaying {Count} messages received on {Channel} before the last stop and not handled then")]
    private partial void LogReplayed(int count, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message of {Length} characters from {Sender} was cut before its turn")]
    private partial void LogCut(int length, string sender);

    // One warning when a sender is told to slow down (at most once a minute), each dropped message at debug level:
    // a flood of 50,000 messages must not become 50,000 warnings.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit: {Sender} sends too fast on {Channel}; their messages are dropped until they slow down (they were told)")]
    private partial void LogRateLimitStarted(string sender, string channel);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limit: dropped a message from {Sender} on {Channel}")]
    private partial void LogRateLimited(string sender, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not clear {Count} answered entries of the inbox of {Channel}; they are replayed and dropped as redeliveries at the next start")]
    private partial void LogForgetsFailed(Exception error, int count, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not keep or clear the inbox entry of a message from {Sender}")]
    private partial void LogInboxFailed(Exception error, string sender);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep the message from {Sender} in the inbox; it is held and the write retried before the next message is read")]
    private partial void LogHeld(Exception error, string sender);

    [LoggerMessage(Level = LogLevel.Error, Message = "The message from {Sender} on {Channel} could not be kept before the stop; only the network can deliver it again")]
    private partial void LogHeldLost(string sender, string channel);
}
