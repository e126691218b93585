using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// The outage outbox as a channel's periodic work drains it: what is still to be sent on that channel, then each
/// notice marked sent once the channel confirmed it left the bot. The worker of a channel runs on the instance holding
/// its lease only, so one instance sends; a restart sends whatever is not marked yet.
/// </summary>
public sealed class OutageOutbox(IOutageStore outages)
{
    /// <summary>Up to <paramref name="max"/> notices waiting on <paramref name="channel"/>, as messages.</summary>
    public IReadOnlyList<(string Id, OutboundMessage Message)> Due(string channel, int max) =>
        [.. outages.Unsent(channel, max).Select(n => (n.Id, new OutboundMessage(new ChannelAddress(n.Channel, n.Address), n.Text) { Choices = n.Choices }))];

    public void Attempted(string id, DateTimeOffset at) => outages.MarkAttempted(id, at);

    public void Sent(string id, DateTimeOffset at) => outages.MarkSent(id, at);
}
