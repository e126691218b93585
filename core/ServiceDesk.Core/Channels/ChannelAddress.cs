namespace ServiceDesk.Core.Channels;

/// <summary>
/// Where a person (or a room) can be reached: the channel's name and its own address there
/// (a bare JID for XMPP, a user id for Slack). Compared ordinally; adapters normalise case.
/// </summary>
public readonly record struct ChannelAddress(string Channel, string Value)
{
    /// <summary>True for a multi-user room (technicians' room) rather than one person.</summary>
    public bool IsRoom { get; init; }

    public override string ToString() => $"{Channel}:{Value}";
}
