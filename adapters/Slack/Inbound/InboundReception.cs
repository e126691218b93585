using Microsoft.Extensions.Logging;

namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>
/// The one path every delivery takes, whichever transport brought it: ignored ones are logged, repeats dropped
/// (<see cref="DeliveryDeduplicator"/>), new ones handed to the <see cref="SlackInboundKeeper"/>; the outcome says
/// whether the transport may acknowledge. The acknowledgement is due within 3 s: a slower keep is logged.
/// </summary>
internal sealed partial class InboundReception(
    DeliveryDeduplicator deduplicator,
    SlackInboundKeeper keeper,
    TimeProvider timeProvider,
    SlackTimings timings,
    ILogger logger)
{
    public async Task<ReceptionOutcome> ReceiveAsync(ParsedPayload parsed, string deliveryId, int retryAttempt, string? retryReason, CancellationToken cancellationToken)
    {
        if (parsed.Inbound is not { } inbound)
        {
            LogIgnored(deliveryId, parsed.IgnoredBecause ?? "?");
            return new ReceptionOutcome(ReceptionResult.Ignored);
        }

        IReadOnlyList<string> keys = [.. parsed.Keys, "delivery:" + deliveryId];
        switch (deduplicator.Claim(keys))
        {
            case DeliveryVerdict.AlreadyKept:
                LogRepeatDropped(deliveryId, retryAttempt, inbound.User);
                return new ReceptionOutcome(ReceptionResult.Duplicate);
            case DeliveryVerdict.BeingKept:
                LogRepeatHeld(deliveryId, retryAttempt);
                return new ReceptionOutcome(ReceptionResult.BeingKept);
        }

        if (retryAttempt > 0)
        {
            LogRetryAccepted(deliveryId, retryAttempt, retryReason ?? "");
        }

        var started = timeProvider.GetTimestamp();
        try
        {
            var reply = await keeper(inbound with { RetryAttempt = retryAttempt, RetryReason = retryReason, DeliveryKey = keys[0] }, cancellationToken).ConfigureAwait(false);
            deduplicator.MarkKept(keys);
            if (timeProvider.GetElapsedTime(started) is var took && took > timings.AckBudget)
            {
                LogSlowKeep(deliveryId, took);
            }

            return new ReceptionOutcome(ReceptionResult.Kept, reply);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            deduplicator.Release(keys);
            throw;
        }
#pragma warning disable CA1031 // The keeper is the desk's code: whatever it throws means "not kept", and Slack must deliver again.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            deduplicator.Release(keys);
            LogNotKept(exception, deliveryId, inbound.User);
            return new ReceptionOutcome(ReceptionResult.NotKept);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack: ignored delivery {Delivery}: {Reason}")]
    private partial void LogIgnored(string delivery, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: dropped delivery {Delivery} from {User} (retry {Attempt}): already kept")]
    private partial void LogRepeatDropped(string delivery, int attempt, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: held back delivery {Delivery} (retry {Attempt}): the first one is still being kept")]
    private partial void LogRepeatHeld(string delivery, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: retry {Attempt} of delivery {Delivery} ({Reason}) is new to the desk; taking it")]
    private partial void LogRetryAccepted(string delivery, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: keeping delivery {Delivery} took {Took}, past Slack's 3 s acknowledgement budget; Slack may deliver it again (it will be dropped as a repeat)")]
    private partial void LogSlowKeep(string delivery, TimeSpan took);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack: delivery {Delivery} from {User} could not be kept; not acknowledged, so Slack delivers it again")]
    private partial void LogNotKept(Exception exception, string delivery, string user);
}
