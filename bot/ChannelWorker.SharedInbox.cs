using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// Slack on a shared PostgreSQL store (issue 18): every instance holds Socket Mode connections and keeps what Slack
/// delivers to it in the shared inbox (<see cref="SharedInboxReception"/>), once per delivery key; the holder of the
/// lease alone takes the turns, and takes them from the shared inbox, in the order the messages were kept, whichever
/// instance kept them. Its worker does not read the network itself: it reads the inbox at once when this process kept a
/// message (<see cref="SharedInboxSignal"/>), and every <see cref="SharedInboxPoll"/> for what the others kept.
/// </summary>
/// <remarks>
/// One reader of the turns, not each instance running the turns of what it received: a person's messages may reach two
/// instances (Slack picks a connection for each envelope), and two instances taking turns of the same conversation would
/// need a lock across instances for every turn, and could not keep the order. The first read after taking the lease
/// replays what the former holder left (marked replayed, as at a restart); later reads hand on what is new. The rate limit
/// is applied here, once for the desk, not at each instance's reception.
/// </remarks>
internal sealed partial class ChannelWorker
{
    /// <summary>How often the holder reads the shared inbox for messages kept by other instances.</summary>
    internal static readonly TimeSpan SharedInboxPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>Set (by <see cref="LeaseSetup"/>) when this worker takes its turns from the shared inbox instead of its channel.</summary>
    public SharedInboxSignal? SharedInbox { get; set; }

#pragma warning disable CA1031 // Part of the worker loop's top: a failing store must not stop the channel.
    private async Task ReadSharedInboxAsync(SharedInboxSignal signal, TurnQueue turns, CancellationToken cancellationToken)
    {
        var handedOn = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        var unreachableLogged = false;
        while (!cancellationToken.IsCancellationRequested && !_fencedOut.Task.IsCompleted)
        {
            IReadOnlyList<(InboxEntryId Id, InboundMessage Message)> pending;
            try
            {
                pending = inbox.Pending(channel.Name);
                unreachableLogged = false;
            }
            catch (Exception error) when (StoreFailure.IsTransient(error))
            {
                if (!unreachableLogged)
                {
                    LogSharedInboxUnreachable(channel.Name, error.Message);
                    unreachableLogged = true;
                }

                await signal.WaitAsync(channel.Name, SharedInboxPoll, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Entries gone from the inbox were handled: forget them here too, so the set stays small.
            handedOn.IntersectWith(pending.Select(p => p.Id.Value));
            var fresh = 0;
            foreach (var (id, kept) in pending)
            {
                if (!handedOn.Add(id.Value))
                {
                    continue;
                }

                var message = first ? kept : kept with { Replayed = false };
                if (await RefusedByRateLimitAsync(message, cancellationToken).ConfigureAwait(false))
                {
                    ForgetRefused(id, message);
                    continue;
                }

                _kept[message] = id;
                turns.Enqueue(message, cancellationToken);
                fresh++;
            }

            if (first && fresh > 0)
            {
                LogReplayed(fresh, channel.Name);
            }

            first = false;
            await signal.WaitAsync(channel.Name, SharedInboxPoll, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ForgetRefused(InboxEntryId id, InboundMessage message)
    {
        try
        {
            inbox.Forget(id);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogInboxFailed(error, message.From.ToString());
        }
    }
#pragma warning restore CA1031

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the shared inbox of {Channel}: {Reason}; trying again")]
    private partial void LogSharedInboxUnreachable(string channel, string reason);
}
