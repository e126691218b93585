using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>
/// Runs one chat channel: reads its messages, hands each person's turns to the desk through a
/// <see cref="TurnQueue"/>, sends the answers back.
/// </summary>
/// <remarks>
/// This is the only place that catches everything: a failed turn is logged, the person gets a courteous
/// notice, and the loop goes on. A turn that failed because the store did is run again (see ChannelWorker.Retry.cs).
/// </remarks>
internal sealed partial class ChannelWorker(
    IChatChannel channel,
    DeskRouter desk,
    DialogueOptions options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ChannelWorker> logger,
    IInboxStore inbox,
    IConfiguration configuration,
    OutboundDispatcher outbound,
    OutageOutbox outbox,
    OutageOptions outageOptions,
    IUnitOfWork unitOfWork) : BackgroundService
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Whether this worker runs the desk's periodic checks and drains its channel's outage outbox (work that must run
    /// once): always with one instance; on a shared store only behind the lease (<see cref="LeaseSetup"/>).
    /// </summary>
    public bool RunsPeriodicWork { get; set; } = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var turns = new TurnQueue(HandleAsync, WaitsForMore, options, clock);

        // Its own token: when the channel ends (console input closed) the ticks must stop too, or this
        // method would wait for them forever and never reach StopApplication below.
        using var ticks = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var ticking = RunsPeriodicWork ? TickAsync(ticks.Token) : Task.CompletedTask;
        var broadcasting = RunsPeriodicWork ? BroadcastAsync(ticks.Token) : Task.CompletedTask;
        LogStarted(channel.Name);
        outbound.Attach(channel);  // Already attached when created; again in case a stop detached it and the host restarts it.
        try
        {
            if (SharedInbox is { } shared)
            {
                await ReadSharedInboxAsync(shared, turns, stoppingToken).ConfigureAwait(false);
            }
            else
            {
                ReplayInbox(turns, stoppingToken);
                await foreach (var batch in channel.ReadBatchesAsync(IntakeBatch, stoppingToken).ConfigureAwait(false))
                {
                    await AdmitAsync(batch, turns, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await turns.DrainAsync().ConfigureAwait(false);
            await ticks.CancelAsync().ConfigureAwait(false);
            await ticking.ConfigureAwait(false);
            await broadcasting.ConfigureAwait(false);
            await CloseInboxAsync().ConfigureAwait(false);
            outbound.Detach(channel);
        }

        if (!stoppingToken.IsCancellationRequested && !_fencedOut.Task.IsCompleted)
        {
            LogChannelEnded(channel.Name);
            lifetime.StopApplication();
        }
    }

#pragma warning disable CA1031 // The worker loop's top: log, tell the person, keep going.
    private bool WaitsForMore(InboundMessage message)
    {
        try
        {
            if (!desk.WaitsForMore(message))
            {
                return false;
            }

            // Its turn comes after the pause for more lines: its keep does not wait for it.
            LetKeepGo(message);
            return true;
        }
        catch (Exception error) when (StoreFailure.IsTransient(error))
        {
            // The store is away (the turn itself will wait and retry): not knowing only costs the pause, answer at once.
            LogPauseSkipped(channel.Name, message.From.ToString(), error.Message);
            return false;
        }
        catch (Exception error)
        {
            // Not knowing only costs the pause: answer at once.
            LogTurnFailed(error, channel.Name, message.From.ToString());
            return false;
        }
    }

    /// <summary>
    /// Completes when the store refused a commit of this worker's because another instance took the lease over
    /// (<see cref="StoreFencedException"/>): from then on it takes no turn, sends nothing, and reads nothing more; the
    /// lease's worker stops it at once (<see cref="LeasedChannelWorker"/>). What it had kept stays in the inbox for the new holder.
    /// </summary>
    public Task Fenced => _fencedOut.Task;

    private readonly TaskCompletionSource _fencedOut = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void FencedOut(StoreFencedException error)
    {
        if (_fencedOut.TrySetResult())
        {
            LogFenced(channel.Name, error.Message);
        }
    }

    /// <summary>What the desk says unprompted (tickets to post, level-1 time-limit prompts), checked every few seconds.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The desk's first check runs on its own, not before this channel starts reading.
            await Task.Yield();
            while (!cancellationToken.IsCancellationRequested && !_fencedOut.Task.IsCompleted)
            {
                await TickOnceAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(TickInterval, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Sends each message on its recipient's channel, this one or another running in the bot.</summary>
    private Task SendAllAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken) =>
        outbound.SendAllAsync(messages, cancellationToken);

    private async Task TickOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SendAllAsync(await desk.TickAsync(channel.Name, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (StoreFencedException error)
        {
            FencedOut(error);
        }
        catch (Exception error) when (StoreFailure.IsTransient(error))
        {
            // A full disk refuses every check until there is room: a warning each time, not an error.
            LogTickPostponed(channel.Name, error.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogTickFailed(error, channel.Name);
        }
    }

    private async Task TellTemporaryProblemAsync(ChannelAddress to, CancellationToken cancellationToken)
    {
        try
        {
            await channel.SendAsync(new OutboundMessage(to, TemporaryProblem), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNoticeFailed(error, to.ToString());
        }
    }
#pragma warning restore CA1031

    private const string TemporaryProblem =
        "Désolé, un problème technique temporaire m'empêche de traiter votre message. Pouvez-vous me le renvoyer dans un instant ? " +
        "(Sorry, a temporary technical problem kept me from handling your message. Could you send it again in a moment?)";

    [LoggerMessage(Level = LogLevel.Error, Message = "Fenced: the store refused a commit on {Channel} ({Reason}); this instance takes no more turns there, sends nothing and steps down")]
    private partial void LogFenced(string channel, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel {Channel} started")]
    private partial void LogStarted(string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel {Channel} has no more messages; stopping")]
    private partial void LogChannelEnded(string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed on {Channel} for {Sender}")]
    private partial void LogTurnFailed(Exception error, string channel, string sender);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read whether {Sender} on {Channel} is still typing a request ({Reason}); answering without the pause")]
    private partial void LogPauseSkipped(string channel, string sender, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The desk's periodic check failed on {Channel}")]
    private partial void LogTickFailed(Exception error, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The desk's periodic check on {Channel} could not use the store and waits for the next one: {Reason}")]
    private partial void LogTickPostponed(string channel, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {Sender} about a temporary problem")]
    private partial void LogNoticeFailed(Exception error, string sender);
}
