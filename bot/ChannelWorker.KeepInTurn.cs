using System.Collections.Concurrent;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// The inbox's keep written in the transaction of the message's own turn (the default, <c>Storage:KeepLinger</c> unset):
/// a message handled at once costs one commit, not two (the keep's own transaction was 0.37 ms of a message's 3.46 ms in
/// the 200-person load bench's profile, its pages written, copied at the checkpoint and flushed besides the turn's).
/// </summary>
/// <remarks>
/// <para>
/// The admission hands the messages to their turns first, each with a <see cref="KeepClaim"/>, and waits until every turn
/// has let the keep go (<see cref="TurnsOfKeep"/>); the turn's transaction carries the keep (<see cref="KeepRider"/>, a
/// <see cref="TransactionRider"/>) and, once committed and flushed, the message is as safe as a keep would have made it.
/// What no turn carried (a turn that comes only after the pause for more lines, one whose transaction failed and waits
/// for its retry, a stop) the admission keeps itself, in one transaction, as before. Only then is the network told that
/// the messages are safe (the next read, the receipts): the order of the guarantees is the same, a crash before a turn's
/// commit reaches the disk loses the message and the turn together, and the network delivers the message again.
/// </para>
/// <para>
/// A message is written to the inbox by one of them only (the claim is taken atomically); a turn that succeeds makes
/// sure its messages are kept before its answers leave, since they leave the inbox once the answers are confirmed. The
/// inbox's role is unchanged: an entry stays until the answers are confirmed, and is replayed at the next start.
/// </para>
/// </remarks>
internal sealed partial class ChannelWorker
{
    /// <summary>The claims of the messages admitted and not yet kept or given up by their admission, by message.</summary>
    private readonly ConcurrentDictionary<InboundMessage, KeepClaim> _claims = new(ReferenceEqualityComparer.Instance);

    /// <summary>The turns carry their messages' keeps: <c>Storage:KeepLinger</c> is not set.</summary>
    private bool KeepsInTurns => KeepLinger == Timeout.InfiniteTimeSpan;

    /// <summary>
    /// Hands the messages to their turns, whose transactions keep them, then keeps what no turn did and returns once all
    /// of them are on disk (see the remarks above).
    /// </summary>
    private async ValueTask AdmitKeptInTurnsAsync(List<InboundMessage> admitted, TurnQueue turns, CancellationToken cancellationToken)
    {
        var turnsOfKeep = new TurnsOfKeep(admitted.Count, continueOnLastTurn: true);
        var claims = new KeepClaim[admitted.Count];
        for (var i = 0; i < admitted.Count; i++)
        {
            claims[i] = new KeepClaim();
            _claims[admitted[i]] = claims[i];
            _keepsAwaitingTurns[admitted[i]] = turnsOfKeep;
        }

        try
        {
            foreach (var message in admitted)
            {
                await SignalAsync(() => channel.ShowWorkingAsync(message.From, cancellationToken), message.From).ConfigureAwait(false);
                turns.Enqueue(message, cancellationToken);
            }

            using (cancellationToken.UnsafeRegister(static state => ((TurnsOfKeep)state!).LetGoAll(), turnsOfKeep))
            {
                await turnsOfKeep.AllLetGo.ConfigureAwait(false);
            }

            await KeepWhatNoTurnKeptAsync(admitted, claims, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var message in admitted)
            {
                _keepsAwaitingTurns.TryRemove(message, out _);
                _claims.TryRemove(message, out _);
            }
        }

        // On disk: the network may tell the person it is safe (a delivery receipt).
        foreach (var message in admitted)
        {
            await SignalAsync(() => channel.MarkKeptAsync(message, cancellationToken), message.From).ConfigureAwait(false);
        }
    }

    /// <summary>Keeps the messages whose turns carried no keep, and waits until every keep, theirs or the turns', is on disk.</summary>
    private async Task KeepWhatNoTurnKeptAsync(List<InboundMessage> admitted, KeepClaim[] claims, CancellationToken cancellationToken)
    {
        List<int> mine = [];
        for (var i = 0; i < claims.Length; i++)
        {
            if (await TakeUnlessDoneAsync(claims[i]).ConfigureAwait(false))
            {
                mine.Add(i);
            }
        }

        if (mine.Count > 0)
        {
            await KeepHereAsync([.. mine.Select(i => admitted[i])], [.. mine.Select(i => claims[i])], cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i].Durable is { } durable)
            {
                await DurableAsync(durable, [admitted[i]], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Keeps messages whose claims this admission took, in one transaction, flushed at once (no turn's flush is coming).</summary>
    private async Task KeepHereAsync(IReadOnlyList<InboundMessage> messages, IReadOnlyList<KeepClaim> claims, CancellationToken cancellationToken)
    {
        Committed<IReadOnlyList<InboxEntryId>> kept;
        try
        {
            kept = await KeepAsync(messages, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Not kept: its turn ran, and the network delivers it again only if the bot stops before the next read.
            foreach (var (message, claim) in messages.Zip(claims))
            {
                LogInboxFailed(error, message.From.ToString());
                claim.Kept(null);
            }

            return;
        }
        catch
        {
            foreach (var claim in claims)
            {
                claim.GiveBack();
            }

            throw;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (!claims[i].LeftForNextStart)
            {
                _kept[messages[i]] = kept.Result[i];
            }

            claims[i].Kept(null);
        }

        await DurableAsync(kept, messages, TimeSpan.Zero, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the message to the inbox, in the transaction running on this thread.</summary>
    private InboxEntryId KeepInCurrentTransaction(InboundMessage message) => inbox.Keep(message);

    /// <summary>The rider that keeps the turn's messages still waiting for their keep, in its transaction; null when none waits.</summary>
    private KeepRider? RiderFor(IReadOnlyList<InboundMessage> burst)
    {
        if (_claims.IsEmpty)
        {
            return null;
        }

        List<(InboundMessage, KeepClaim)>? waiting = null;
        foreach (var message in burst)
        {
            if (_claims.TryGetValue(message, out var claim) && claim.IsWaiting)
            {
                (waiting ??= []).Add((message, claim));
            }
        }

        return waiting is null ? null : new KeepRider(this, waiting);
    }

    /// <summary>
    /// Before a turn's answers leave: its messages are kept, by its transaction, by their admission (waited for), or here
    /// when neither did (a turn that wrote nothing), since they leave the inbox once the answers are confirmed.
    /// </summary>
    private async Task KeptBeforeAnswerAsync(IReadOnlyList<InboundMessage> burst, CancellationToken cancellationToken)
    {
        if (_claims.IsEmpty)
        {
            return;
        }

        foreach (var message in burst)
        {
            if (!_claims.TryGetValue(message, out var claim))
            {
                continue;
            }

            if (await TakeUnlessDoneAsync(claim).ConfigureAwait(false))
            {
                await KeepHereAsync([message], [claim], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Takes the claim to write the keep here, waiting for a write under way elsewhere to end (a transaction that carries
    /// it, at a stop; the admission's keep); false once it is done (kept, or not needed).
    /// </summary>
    private static async ValueTask<bool> TakeUnlessDoneAsync(KeepClaim claim)
    {
        while (!claim.TryTake())
        {
            if (claim.IsDone)
            {
                return false;
            }

            await claim.Settled.ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>A turn failed with a bug: its messages need no keep any more, and those kept are kept before they are forgotten.</summary>
    private async Task DropKeepsAsync(IReadOnlyList<InboundMessage> burst)
    {
        foreach (var message in burst)
        {
            if (!_claims.TryGetValue(message, out var claim))
            {
                continue;
            }

            while (!claim.TryDrop() && !claim.IsDone)
            {
                await claim.Settled.ConfigureAwait(false);
            }
        }
    }

    /// <summary>A turn given up or fenced: its messages stay in the inbox once kept, whoever keeps them.</summary>
    private void LeaveKeepsForNextStart(IReadOnlyList<InboundMessage> burst)
    {
        foreach (var message in burst)
        {
            if (_claims.TryGetValue(message, out var claim))
            {
                claim.LeftForNextStart = true;
            }
        }
    }

    /// <summary>
    /// Keeps a turn's messages in the turn's own transaction (<see cref="TransactionRider"/>): takes the claims still
    /// waiting at the transaction's first attempt, writes them (and the answered entries waiting to leave the inbox) in each
    /// attempt, and once committed hands each message its entry; a failed transaction gives the claims back.
    /// </summary>
    internal sealed class KeepRider(ChannelWorker worker, List<(InboundMessage Message, KeepClaim Claim)> waiting) : TransactionRider
    {
        private List<(InboundMessage Message, KeepClaim Claim)>? _taken;
        private List<InboxEntryId>? _forgets;
        private List<InboxEntryId> _ids = [];

        protected override void Ride()
        {
            if (_taken is null)
            {
                _taken = [.. waiting.Where(w => w.Claim.TryTake())];
                _forgets = worker.TakeForgets();
            }

            worker.ForgetEach(_forgets!);
            _ids = [.. _taken.Select(t => worker.KeepInCurrentTransaction(t.Message))];
        }

        protected override void Committed(Func<ValueTask>? durable)
        {
            if (_taken is null)
            {
                return;
            }

            for (var i = 0; i < _taken.Count; i++)
            {
                var (message, claim) = _taken[i];
                if (!claim.LeftForNextStart)
                {
                    worker._kept[message] = _ids[i];
                }

                claim.Kept(durable);
            }
        }

        protected override void Failed()
        {
            if (_taken is null)
            {
                return;
            }

            foreach (var (_, claim) in _taken)
            {
                claim.GiveBack();
            }

            // A failure may come after the store committed (a lost reply to the commit): the entries its last attempt
            // wrote may be there, and the messages are kept again elsewhere. They leave with the answered ones (a delete
            // of an entry that is not there does nothing), rather than be replayed at the next start.
            worker.GiveBackForgets([.. _forgets!, .. _ids]);
        }
    }
}
