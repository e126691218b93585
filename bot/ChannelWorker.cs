using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>
/// Runs one chat channel: reads its messages, hands each to the desk, sends the answers back.
/// </summary>
/// <remarks>
/// Messages are spread over a few partitions by sender, so different people are served in parallel while
/// each conversation gets one turn at a time, in order (Stateless and the stored record need that).
/// This is the only place that catches everything: a failed turn is logged, the person gets a courteous
/// notice, and the loop goes on.
/// </remarks>
internal sealed partial class ChannelWorker(
    IChatChannel channel,
    DeskRouter desk,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ChannelWorker> logger) : BackgroundService
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(15);
    private static readonly int PartitionCount = Math.Max(2, Environment.ProcessorCount * 2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var partitions = Enumerable.Range(0, PartitionCount)
            .Select(_ => Channel.CreateUnbounded<InboundMessage>(new UnboundedChannelOptions { SingleReader = true }))
            .ToArray();
        Task[] consumers = [.. partitions.Select(p => ConsumeAsync(p.Reader, stoppingToken)), TickAsync(stoppingToken)];
        LogStarted(channel.Name);
        try
        {
            await foreach (var message in channel.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var index = (int)((uint)StringComparer.Ordinal.GetHashCode(message.From.ToString()) % (uint)PartitionCount);
                partitions[index].Writer.TryWrite(message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            foreach (var partition in partitions)
            {
                partition.Writer.TryComplete();
            }

            await Task.WhenAll(consumers).ConfigureAwait(false);
        }

        if (!stoppingToken.IsCancellationRequested)
        {
            LogChannelEnded(channel.Name);
            lifetime.StopApplication();
        }
    }

    private async Task ConsumeAsync(ChannelReader<InboundMessage> reader, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await HandleAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

/// <summary>What the desk says unprompted (tickets to post, level-1 time-limit prompts), checked every few seconds.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
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

    /// <summary>Sends what is addressed on this channel (another channel's worker sends the rest).</summary>
    private async Task SendAllAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages.Where(m => m.To.Channel == channel.Name))
        {
            await channel.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

#pragma warning disable CA1031 // The worker loop's top: log, tell the person, keep going.
    private async Task TickOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SendAllAsync(await desk.TickAsync(channel.Name, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogTickFailed(error, channel.Name);
        }
    }

    private async Task HandleAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var replies = await desk.HandleAsync(message, cancellationToken).ConfigureAwait(false);
            await SendAllAsync(replies, cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The desk's periodic check failed on {Channel}")]
    private partial void LogTickFailed(Exception error, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {Sender} about a temporary problem")]
    private partial void LogNoticeFailed(Exception error, string sender);
}
