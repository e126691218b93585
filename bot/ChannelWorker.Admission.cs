using System.Collections.Concurrent;
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
/// When the inbox cannot be written (a full disk), the message is not refused: it is held in memory and goes to its
/// turn all the same, and the turn first writes it to the inbox (<see cref="KeepHeld"/>), failing and being retried like
/// any turn the store failed, so it is in the inbox before anything is done about it. The periodic check also tries to
/// write held messages, so a message whose turn was given up still reaches the inbox once there is room, and one last
/// try is made when the channel stops; only a message still held then is lost, and the log says how many.
/// </remarks>
internal sealed partial class ChannelWorker
{
    private readonly ConcurrentDictionary<InboundMessage, InboxEntryId> _kept = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<InboundMessage, byte> _held = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _holding = new();
    private InboxStore? _inbox;
    private SenderRateLimit? _rateLimit;

    private InboxStore Inbox => _inbox ??= new InboxStore(database);

    private SenderRateLimit RateLimit =>
        _rateLimit ??= new SenderRateLimit(configuration.GetSection("RateLimit").Get<RateLimitOptions>() ?? new RateLimitOptions(), clock);

    private const string SlowDown =
        "Vous m'envoyez beaucoup de messages très vite : je ne peux pas tous les lire, ceux qui arrivent trop vite sont ignorés. " +
        "Pouvez-vous patienter un instant avant d'écrire à nouveau ? " +
        "(You are sending many messages very quickly: those that come too fast are ignored. Could you wait a moment before writing again?)";

    private void ReplayInbox(TurnQueue turns, CancellationToken cancellationToken)
    {
        var pending = Inbox.Pending(channel.Name);
        foreach (var (id, message) in pending)
        {
            _kept[message] = id;
            turns.Enqueue(message, cancellationToken);
        }

        if (pending.Count > 0)
        {
            LogReplayed(pending.Count, channel.Name);
        }
    }

#pragma warning disable CA1031 // Part of the worker loop's top: a failing store must not stop the channel.
    /// <summary>
    /// The message to hand to its turn (kept in the inbox, or held until it can be), or null when it is refused. Text far past
    /// <see cref="DialogueOptions.MaxMessageLength"/> is cut here, one character past the limit, so that
    /// nothing downstream (routing, search) works on megabytes and the dialogue still tells the person.
    /// </summary>
    private async ValueTask<InboundMessage?> AdmitAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (message.Text.Length > options.MaxMessageLength + 1)
        {
            LogCut(message.Text.Length, message.From.ToString());
            message = message with { Text = message.Text[..(options.MaxMessageLength + 1)] };
        }

        var verdict = RateLimit.Admit(message.From);
        if (verdict != RateVerdict.Admitted)
        {
            LogRateLimited(message.From.ToString(), channel.Name);
            if (verdict == RateVerdict.RefusedWithNotice)
            {
                await TellAsync(message.From, SlowDown, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        try
        {
            _kept[message] = Inbox.Keep(message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _held[message] = 0;
            LogHeld(error, message.From.ToString());
        }

        return message;
    }

    /// <summary>Writes to the inbox those of <paramref name="messages"/> that are held; throws when the store still cannot.</summary>
    private void KeepHeld(IEnumerable<InboundMessage> messages)
    {
        lock (_holding)
        {
            foreach (var message in messages.Where(_held.ContainsKey))
            {
                _kept[message] = Inbox.Keep(message);
                _held.TryRemove(message, out _);
            }
        }
    }

    private void KeepHeldInBackground()
    {
        try
        {
            KeepHeld([.. _held.Keys]);
        }
        catch (Exception error) when (StoreFailure.IsTransient(error))
        {
            // Still no room: the turns and the next check try again.
        }
    }

    private void KeepHeldBeforeStopping()
    {
        KeepHeldInBackground();
        if (!_held.IsEmpty)
        {
            LogHeldLost(_held.Count, channel.Name);
        }
    }

    /// <summary>A turn given up: its messages stay in the inbox (or held, for the periodic check) and are replayed at the next start.</summary>
    private void LeaveForNextStart(IReadOnlyList<InboundMessage> burst)
    {
        foreach (var message in burst)
        {
            _kept.TryRemove(message, out _);
        }
    }

    private void ForgetHandled(IReadOnlyList<InboundMessage> burst)
    {
        foreach (var message in burst)
        {
            if (!_kept.TryRemove(message, out var id))
            {
                continue;
            }

            try
            {
                Inbox.Forget(id);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Replaying {Count} messages received on {Channel} before the last stop and not handled then")]
    private partial void LogReplayed(int count, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message of {Length} characters from {Sender} was cut before its turn")]
    private partial void LogCut(int length, string sender);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit: dropped a message from {Sender} on {Channel}")]
    private partial void LogRateLimited(string sender, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not keep or clear the inbox entry of a message from {Sender}")]
    private partial void LogInboxFailed(Exception error, string sender);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep the message from {Sender} in the inbox; it is held in memory and written there before its turn, which is retried")]
    private partial void LogHeld(Exception error, string sender);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} messages received on {Channel} could never be written to the inbox and are lost with this stop")]
    private partial void LogHeldLost(int count, string channel);
}
