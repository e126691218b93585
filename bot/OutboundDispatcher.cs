using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Bot;

/// <summary>
/// Every running channel of this bot, by name: what the desk says goes to the channel of its recipient, whichever
/// channel's turn or periodic check produced it. One desk across Jabber, Slack and the terminal (issue 12): a technician
/// on one network takes a ticket opened on another, and each person is answered where they wrote.
/// </summary>
/// <remarks>
/// Each <see cref="ChannelWorker"/> attaches its channel when it starts reading and detaches it when it stops. A message for
/// a channel that does not run in this process (not configured, or held by another instance's lease) cannot be sent from
/// here: it is logged as a warning, never dropped in silence.
/// </remarks>
internal sealed partial class OutboundDispatcher(ILogger<OutboundDispatcher> logger)
{
    private readonly ConcurrentDictionary<string, IChatChannel> _running = new(StringComparer.Ordinal);

    /// <summary>The channel now runs here: messages addressed on it go to it.</summary>
    public void Attach(IChatChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _running[channel.Name] = channel;
    }

    /// <summary>The channel stopped (only this very instance is removed: a successor may already be attached).</summary>
    public void Detach(IChatChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _running.TryRemove(new KeyValuePair<string, IChatChannel>(channel.Name, channel));
    }

    /// <summary>The running channel of that name, if any.</summary>
    public IChatChannel? Find(string name) => _running.TryGetValue(name, out var channel) ? channel : null;

    /// <summary>Sends (or queues) each message on its recipient's channel, in order.</summary>
    public async Task SendAllAsync(IEnumerable<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            if (Route(message) is { } channel)
            {
                await channel.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Queues each message on its recipient's channel, in order, and returns what confirms they all left the process
    /// (<see cref="IChatChannel.SendConfirmedAsync"/>). A message for a channel not running here is logged and counts as
    /// done: keeping the person's message in the inbox would only replay it for ever.
    /// </summary>
    public Task SendConfirmedAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var sending = new List<Task>(messages.Count);
        foreach (var message in messages)
        {
            if (Route(message) is { } channel)
            {
                sending.Add(channel.SendConfirmedAsync(message, cancellationToken));
            }
        }

        return Task.WhenAll(sending);
    }

    private IChatChannel? Route(OutboundMessage message)
    {
        if (Find(message.To.Channel) is { } channel)
        {
            return channel;
        }

        LogNoChannel(message.To.Channel, message.To.ToString());
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "There is no running channel {Channel} in this process: a message to {To} was not sent")]
    private partial void LogNoChannel(string channel, string to);
}
