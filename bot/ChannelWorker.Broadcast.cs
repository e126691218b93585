using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// The outage outbox, drained by this channel's periodic work (issue 15): every second, up to the channel's rate
/// (<see cref="OutageOptions.SendPerSecond"/>) of the notices addressed on this channel are sent side by side, each
/// marked attempted before and sent once the channel confirms it left the bot. The worker runs on the lease holder
/// only, so one instance sends; a restart sends whatever is not marked sent.
/// </summary>
internal sealed partial class ChannelWorker
{
    private static readonly TimeSpan BroadcastInterval = TimeSpan.FromSeconds(1);

#pragma warning disable CA1031 // The broadcast loop's top: log and keep going; what was not sent stays in the outbox.
    private async Task BroadcastAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            while (!cancellationToken.IsCancellationRequested && !_fencedOut.Task.IsCompleted)
            {
                var started = clock.GetUtcNow();
                try
                {
                    await BroadcastOnceAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception error) when (StoreFailure.IsTransient(error))
                {
                    LogBroadcastPostponed(channel.Name, error.Message);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogBroadcastFailed(error, channel.Name);
                }

                // At most one round per second: the rate is per second (Slack's client also keeps one message per second per conversation).
                var wait = BroadcastInterval - (clock.GetUtcNow() - started);
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task BroadcastOnceAsync(CancellationToken cancellationToken)
    {
        var due = outbox.Due(channel.Name, outageOptions.RateFor(channel.Name));
        if (due.Count == 0)
        {
            return;
        }

        await Task.WhenAll(due.Select(async notice =>
        {
            try
            {
                // In a transaction of its own so that, on a shared store, it is fenced: a former holder sends nothing.
                unitOfWork.InOneTransaction(() => outbox.Attempted(notice.Id, clock.GetUtcNow()));
                await channel.SendConfirmedAsync(notice.Message, cancellationToken).ConfigureAwait(false);
                outbox.Sent(notice.Id, clock.GetUtcNow());
            }
            catch (StoreFencedException error)
            {
                FencedOut(error);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Left unsent: the next round sends it again.
                LogNoticeNotSent(error, channel.Name, notice.Message.To.ToString());
            }
        })).ConfigureAwait(false);
        LogBroadcastRound(channel.Name, due.Count);
    }
#pragma warning restore CA1031

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outage notices on {Channel}: {Count} sent this round")]
    private partial void LogBroadcastRound(string channel, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An outage notice on {Channel} to {To} was not sent; it will be sent again")]
    private partial void LogNoticeNotSent(Exception error, string channel, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outage outbox on {Channel} could not use the store and waits for the next round: {Reason}")]
    private partial void LogBroadcastPostponed(string channel, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outage outbox round failed on {Channel}")]
    private partial void LogBroadcastFailed(Exception error, string channel);
}
