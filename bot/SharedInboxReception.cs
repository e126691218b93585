using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// On a shared store, the reception of a network that lets several connections share the deliveries (Slack's Socket
/// Mode: Slack sends each envelope to one of the app's open connections): this instance holds its own connection whether
/// or not it holds the lease, and keeps each message it receives in the shared inbox, once per delivery key across the
/// instances (<see cref="IInboxStore.KeepOnce"/>), before the network is told it arrived. It takes no turn and sends
/// nothing: the lease holder reads the shared inbox and answers (<see cref="ChannelWorker.SharedInbox"/>).
/// </summary>
/// <remarks>
/// A delivery the store cannot keep (the database away) is held, and the write retried with the turns' backoff until it
/// passes; meanwhile this connection acknowledges nothing more, so Slack, past its 3 s, delivers the envelopes again,
/// possibly to another instance. A message of the same delivery already kept elsewhere is acknowledged and dropped.
/// </remarks>
internal sealed partial class SharedInboxReception(
    IChatChannel channel,
    IInboxStore inbox,
    SharedInboxSignal signal,
    DialogueOptions options,
    StoreRetryOptions retry,
    TimeProvider clock,
    ILogger<SharedInboxReception> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(channel.Name);
        try
        {
            await foreach (var received in channel.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                // Cut as the worker's admission does, so that the inbox never holds megabytes.
                var message = received.Text.Length > options.MaxMessageLength + 1
                    ? received with { Text = received.Text[..(options.MaxMessageLength + 1)] }
                    : received;
                if (await KeepAsync(message, stoppingToken).ConfigureAwait(false))
                {
                    signal.Pulse(channel.Name);
                }
                else
                {
                    LogAlreadyKept(message.DeliveryKey ?? "?", message.From.ToString());
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what was not kept was not acknowledged, and Slack delivers it again.
        }
        finally
        {
            if (channel is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>True when kept now, false when another instance (or an earlier delivery) already kept it.</summary>
    private async Task<bool> KeepAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return inbox.KeepOnce(message) is not null;
            }
            catch (Exception error) when (StoreFailure.IsTransient(error))
            {
                if (attempt == 1)
                {
                    LogHeld(message.From.ToString(), error.Message);
                }
            }

            await Task.Delay(retry.DelayBefore(attempt, Random.Shared), clock, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shared reception of {Channel} started: what this instance receives is kept in the shared inbox for the lease holder")]
    private partial void LogStarted(string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a delivery already kept in the shared inbox (key {Key}, from {Sender})")]
    private partial void LogAlreadyKept(string key, string sender);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep the message from {Sender} in the shared inbox ({Reason}); held, and retried before the next one is read")]
    private partial void LogHeld(string sender, string reason);
}
