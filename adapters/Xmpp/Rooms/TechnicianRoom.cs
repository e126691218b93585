using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Adapters.Xmpp.Rooms;

/// <summary>
/// The technicians' XEP-0045 room: its address, our nickname, and who is in it (nick → real JID when
/// the room is non-anonymous), so a groupchat line can name its speaker, and the desk's <see cref="PresenceBoard"/>
/// knows who is on duty.
/// </summary>
/// <remarks>Used by the read loop only; occupants are forgotten when a new session joins again.</remarks>
internal sealed class TechnicianRoom(string roomJid, string nick, PresenceBoard? board = null)
{
    private readonly Dictionary<string, Jid?> occupants = new(StringComparer.Ordinal);

    public string RoomJid { get; } = roomJid.ToLowerInvariant();

    public string Nick { get; } = nick;

    public string OccupantJid => $"{RoomJid}/{Nick}";

    public bool Owns(Jid? from) => from?.Bare == RoomJid;

    public void Reset()
    {
        occupants.Clear();
        Publish();
    }

    /// <summary>Tracks an occupant's presence; returns true when it reports that we just created the room.</summary>
    public bool OnPresence(PresenceStanza presence)
    {
        if (presence.From?.Resource is not { } occupantNick)
        {
            return false;
        }

        if (presence.Kind == PresenceKind.Unavailable)
        {
            occupants.Remove(occupantNick);
            Publish();
            return false;
        }

        occupants[occupantNick] = presence.Occupant?.RealJid;
        Publish();
        return presence.Occupant is { IsSelf: true, RoomCreated: true };
    }

    /// <summary>Who is in the room, by real address (ourselves and anonymous occupants left out).</summary>
    private void Publish() =>
        board?.Set(XmppChatChannel.ChannelName, occupants
            .Where(o => o.Key != Nick && o.Value is not null)
            .Select(o => new ChannelAddress(XmppChatChannel.ChannelName, o.Value!.Value.Bare)));

    /// <summary>A line someone else said in the room now, or null for our echo, history, topic or an empty body.</summary>
    public InboundMessage? ToInbound(MessageStanza message, DateTimeOffset receivedAt)
    {
        if (message.From?.Resource is not { } speakerNick
            || speakerNick == Nick
            || message.IsDelayed
            || message.HasSubject
            || string.IsNullOrWhiteSpace(message.Body))
        {
            return null;
        }

        var realJid = occupants.GetValueOrDefault(speakerNick);
        return new InboundMessage(new ChannelAddress(XmppChatChannel.ChannelName, RoomJid) { IsRoom = true }, message.Body, receivedAt)
        {
            MessageId = message.Id,
            DisplayName = speakerNick,
            Speaker = realJid is { } jid ? new ChannelAddress(XmppChatChannel.ChannelName, jid.Bare) : null,
        };
    }
}
