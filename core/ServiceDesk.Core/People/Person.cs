using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.People;

/// <summary>
/// One person the configuration knows by several chat addresses (<c>People:N</c>): the same colleague on Jabber and on
/// Slack. Without such a link, two addresses are two requesters, however alike they look (issue 12).
/// </summary>
/// <param name="Name">The name the desk shows technicians for them, whatever network they write from; null: the network's.</param>
/// <param name="Addresses">Their addresses, normalised as the channels give them; the first one is their key (<see cref="Id"/>).</param>
public sealed record Person(string? Name, IReadOnlyList<ChannelAddress> Addresses)
{
    /// <summary>
    /// Their key as a requester (tickets, conversation, profile, the turn's lock): their first address's, so what they
    /// wrote from it before the link stays theirs.
    /// </summary>
    public string Id => Addresses[0].ToString();
}
