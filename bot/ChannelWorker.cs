using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Bot;

/// <summary>
/// Runs one chat channel: reads its messages, hands each person's turns to the desk through a
/// <see cref="TurnQueue"/>, sends the answers back.
/// </summary>
/// <remarks>
/// This is the only place that catches everything: a failed turn is logged, the person gets a courteous
/// notice, and the loop goes on.
/// </remarks>
internal sealed partial class ChannelWorker(
    IChatChannel channel,
    RequesterDialogue dialogue,
    DialogueOptions options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ChannelWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var turns = new TurnQueue(HandleAsync, WaitsForMore, options, clock);
        LogStarted(channel.Name);
        try
        {
            await foreach (var message in channel.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                turns.Enqueue(message, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await turns.DrainAsync().ConfigureAwait(false);
        }

        if (!stoppingToken.IsCancellationRequested)
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
            return dialogue.WaitsForMore(message);
        }
        catch (Exception error)
        {
            // Not knowing only costs the pause: answer at once.
            LogTurnFailed(error, channel.Name, message.From.ToString());
            return false;
        }
    }

    private async Task HandleAsync(IReadOnlyList<InboundMessage> burst, CancellationToken cancellationToken)
    {
        var message = burst[^1];
        try
        {
            var replies = await dialogue.HandleAsync(burst, cancellationToken).ConfigureAwait(false);
            foreach (var reply in replies)
            {
                await channel.SendAsync(reply, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            LogTurnFailed(error, channel.Name, message.From.ToString());
            await TellTemporaryProblemAsync(message.From, cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel {Channel} started")]
    private partial void LogStarted(string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel {Channel} has no more messages; stopping")]
    private partial void LogChannelEnded(string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed on {Channel} for {Sender}")]
    private partial void LogTurnFailed(Exception error, string channel, string sender);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {Sender} about a temporary problem")]
    private partial void LogNoticeFailed(Exception error, string sender);
}
