using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Who is present where the technicians gather, as each channel reports it (the XMPP adapter: the occupants of the
/// technicians' room whose real address the room shows). <c>/queue</c> reads it to say who is on duty now.
/// </summary>
/// <remarks>
/// Thread-safe: a channel's read loop writes, the desk's turns read. A channel replaces its whole list each time
/// (after a reconnection it starts from nobody), so nobody stays "present" after the channel lost track of them.
/// </remarks>
public sealed class PresenceBoard
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IReadOnlySet<ChannelAddress>> _byChannel = new(StringComparer.Ordinal);

    /// <summary>Everyone present on <paramref name="channel"/> now.</summary>
    public void Set(string channel, IEnumerable<ChannelAddress> present)
    {
        ArgumentNullException.ThrowIfNull(present);
        var set = present.ToHashSet();
        lock (_gate)
        {
            _byChannel[channel] = set;
        }
    }

    public bool IsPresent(ChannelAddress who)
    {
        lock (_gate)
        {
            return _byChannel.TryGetValue(who.Channel, out var present) && present.Contains(who);
        }
    }

    /// <summary>The technicians present on some channel, in the directory's order.</summary>
    public IReadOnlyList<Technician> Present(TechnicianDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return [.. directory.All.Where(t => t.Addresses.Any(IsPresent))];
    }
}
