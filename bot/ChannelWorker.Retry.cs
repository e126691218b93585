using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// A turn that fails because the store failed (a full disk, an I/O error, a lock: <see cref="StoreFailure.IsTransient"/>)
/// is run again until it passes, after a capped, jittered wait (<see cref="StoreRetryOptions"/>), in its sender's lane
/// only: other people's turns go on meanwhile, and this person's next messages wait their turn behind it.
/// </summary>
/// <remarks>
/// The desk runs each turn in one store transaction, so a failed attempt has kept nothing and the next one starts from
/// the same conversation: the person gets the normal answer, once, and is asked nothing twice. The person is told once,
/// at the first failure, that the answer is delayed and the message kept; the message stays in the inbox meanwhile, so
/// a stop loses nothing. After <see cref="StoreRetryOptions.GiveUpAfter"/> the turn is given up: logged as an error, the
/// person told, the message left in the inbox for the next start. Any other failure is a bug, which a retry would only
/// repeat: logged, the person asked to send the message again, the message forgotten.
/// </remarks>
internal sealed partial class ChannelWorker
{
    private readonly ConcurrentDictionary<string, byte> _toldDelayed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _toldGivenUp = new(StringComparer.Ordinal);
    private StoreRetryOptions? _retry;

    private StoreRetryOptions Retry =>
        _retry ??= configuration.GetSection("Storage:Retry").Get<StoreRetryOptions>() ?? new StoreRetryOptions();

    private const string Delayed =
        "Désolé, un problème technique temporaire retarde ma réponse. Votre message est bien conservé et sera traité dès que possible, inutile de le renvoyer. " +
        "(Sorry, a temporary technical problem is delaying my answer. Your message is kept and will be handled as soon as possible; there is no need to send it again.)";

    private const string GivenUp =
        "Désolé, ce problème technique dure plus longtemps que prévu. Votre message reste conservé et sera traité dès que le service sera rétabli. " +
        "(Sorry, this technical problem is lasting longer than expected. Your message is still kept and will be handled as soon as the service is back.)";

    private async Task HandleAsync(IReadOnlyList<InboundMessage> burst, CancellationToken cancellationToken)
    {
        try
        {
            await RunTurnAsync(burst, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Its commit's flush covered the keep, or it wrote nothing: the keep need not wait any longer.
            LetKeepGo(burst);
        }
    }

    private async Task RunTurnAsync(IReadOnlyList<InboundMessage> burst, CancellationToken cancellationToken)
    {
        var sender = burst[^1].From;
        var started = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            if (_fencedOut.Task.IsCompleted)
            {
                // Another instance holds the lease now: it takes this turn from the shared inbox.
                LeaveForNextStart(burst);
                return;
            }

            if (await TryTurnAsync(burst, attempt == 1 ? burst : AsReplayed(burst), cancellationToken).ConfigureAwait(false) is not { } failure)
            {
                if (_fencedOut.Task.IsCompleted)
                {
                    return;
                }

                Recovered(sender, attempt);

                // A turn without an answer to the person (a redelivery, a line to a technician) ends the signal too.
                await SignalAsync(() => channel.ShowIdleAsync(sender, cancellationToken), sender).ConfigureAwait(false);
                return;
            }

            if (clock.GetUtcNow() - started >= Retry.GiveUpAfter)
            {
                LogGaveUp(failure, sender.ToString(), channel.Name, attempt);
                await TellOnceAsync(_toldGivenUp, sender, GivenUp, cancellationToken).ConfigureAwait(false);
                LeaveForNextStart(burst);
                return;
            }

            if (attempt == 1)
            {
                LogStoreFailed(failure, sender.ToString(), channel.Name);
                await TellOnceAsync(_toldDelayed, sender, Delayed, cancellationToken).ConfigureAwait(false);
            }

            // The next attempt may be seconds away: the keep flushes on its own meanwhile.
            LetKeepGo(burst);
            var delay = Retry.DelayBefore(attempt, Random.Shared);
            LogRetrying(sender.ToString(), channel.Name, delay, attempt + 1);
            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The burst as the desk sees it on a second or later attempt: replayed, like a message read back from the inbox. A
    /// store failure does not always mean nothing was kept: a commit the server carried out and whose answer was lost (the
    /// server stopping or the network cut at that instant) reports a failure all the same. The next attempt then finds the
    /// messages already handled; taken as a network's redelivery it would answer nothing, and the person would never get
    /// the answer saved with the turn. Replayed, the desk sends that saved answer once (its rule for a replayed message
    /// whose turn was the last one), and a turn that really kept nothing runs as usual.
    /// </summary>
    private static IReadOnlyList<InboundMessage> AsReplayed(IReadOnlyList<InboundMessage> burst) =>
        [.. burst.Select(m => m with { Replayed = true })];

#pragma warning disable CA1031 // The worker loop's top: log, tell the person, keep going.
    /// <summary>
    /// One attempt at the turn; the store's failure when it is worth another, otherwise null. <paramref name="burst"/> is
    /// what the inbox kept (and forgets once answered); <paramref name="asSeen"/> what the desk is given (see <see cref="AsReplayed"/>).
    /// </summary>
    private async Task<Exception?> TryTurnAsync(IReadOnlyList<InboundMessage> burst, IReadOnlyList<InboundMessage> asSeen, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboundMessage> replies;
        try
        {
            // The messages' keeps still to write ride in the turn's transaction (ChannelWorker.KeepInTurn.cs).
            if (RiderFor(burst) is { } rider)
            {
                using (TransactionRider.Board(rider))
                {
                    replies = await desk.HandleAsync(asSeen, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                replies = await desk.HandleAsync(asSeen, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error) when (StoreFailure.IsTransient(error))
        {
            return error;
        }
        catch (StoreFencedException error)
        {
            // Nothing was kept, and nothing is sent: the new holder takes the turn from the shared inbox.
            FencedOut(error);
            LeaveForNextStart(burst);
            return null;
        }
        catch (Exception error)
        {
            await FailAsync(error, burst, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // The turn is kept: from here a failure must not run it again. The person may be told of a new delay from
        // now on, before the answer is out: the next message can reach a full disk as soon as they read it.
        ForgetToldDelays(burst[^1].From);
        try
        {
            await KeptBeforeAnswerAsync(burst, cancellationToken).ConfigureAwait(false);

            // The keep is on disk: the admission goes on here (the receipt, the network told the message is safe), and
            // what that queues goes out with the answers, in one write where the network allows it.
            using (channel.HoldWrites())
            {
                LetKeepGo(burst);
                ForgetOnceDelivered(burst, SendConfirmed(replies, cancellationToken));
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await FailAsync(error, burst, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task FailAsync(Exception error, IReadOnlyList<InboundMessage> burst, CancellationToken cancellationToken)
    {
        var message = burst[^1];
        LogTurnFailed(error, channel.Name, message.From.ToString());
        await TellTemporaryProblemAsync(message.From, cancellationToken).ConfigureAwait(false);
        await DropKeepsAsync(burst).ConfigureAwait(false);
        ForgetHandled(burst);
    }
#pragma warning restore CA1031

    private void Recovered(ChannelAddress sender, int attempts)
    {
        if (attempts > 1)
        {
            LogRecovered(sender.ToString(), channel.Name, attempts);
        }
    }

    private void ForgetToldDelays(ChannelAddress sender)
    {
        _toldDelayed.TryRemove(sender.ToString(), out _);
        _toldGivenUp.TryRemove(sender.ToString(), out _);
    }

    private async Task TellOnceAsync(ConcurrentDictionary<string, byte> told, ChannelAddress to, string text, CancellationToken cancellationToken)
    {
        if (told.TryAdd(to.ToString(), 0))
        {
            await TellAsync(to, text, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store failed during the turn of {Sender} on {Channel}; the message is kept and the turn will be retried")]
    private partial void LogStoreFailed(Exception error, string sender, string channel);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retrying the turn of {Sender} on {Channel} in {Delay} (attempt {Attempt})")]
    private partial void LogRetrying(string sender, string channel, TimeSpan delay, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "The turn of {Sender} on {Channel} was retried and passed at attempt {Attempts}")]
    private partial void LogRecovered(string sender, string channel, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up the turn of {Sender} on {Channel} after {Attempts} attempts; the message stays in the inbox for the next start")]
    private partial void LogGaveUp(Exception error, string sender, string channel, int attempts);
}
