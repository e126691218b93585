using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// A person allowed to use the technician commands, read from configuration (<c>Technicians:N</c>).
/// </summary>
/// <param name="Name">The name requesters are told ("Bruno Martin prend en charge votre demande").</param>
/// <param name="Level">Their support level.</param>
/// <param name="Groups">Their specialities ("réseau", "bureautique", "poste de travail").</param>
/// <param name="Addresses">Where they chat, one per channel; the first one is their identity in journals.</param>
public sealed record Technician(string Name, SupportLevel Level, IReadOnlyList<string> Groups, IReadOnlyList<ChannelAddress> Addresses)
{
    /// <summary>"fr" or "en" (<c>Technicians:N:Language</c>): the desk answers them in it; null, in the language they write in.</summary>
    public string? Language { get; init; }

    /// <summary>Their identity in tickets and journals, e.g. <c>xmpp:bruno@example.org</c>.</summary>
    public string Id => Addresses.Count > 0 ? Addresses[0].ToString() : Name;

    /// <summary>True when this address (a one-to-one chat, or a room speaker's real address) is theirs.</summary>
    public bool Uses(ChannelAddress address) =>
        Addresses.Any(a => a.Channel == address.Channel && string.Equals(a.Value, address.Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>Their one-to-one address on a channel, if they have one there.</summary>
    public ChannelAddress? AddressOn(string channel) =>
        Addresses.Where(a => a.Channel == channel).Select(a => (ChannelAddress?)a).FirstOrDefault();

    public bool IsIn(string group) => Groups.Any(g => string.Equals(g, group, StringComparison.OrdinalIgnoreCase));
}
