using System.Threading.Channels;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Discovery;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Rooms;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// Acts on each received stanza: people's messages go to the core (with their XEP-0308 correction, the receipt
/// they asked for held until the desk keeps them); pings, disco#info and software version are answered, other IQ
/// requests refused (RFC 6120 §8.3.3 service-unavailable); subscription requests are accepted and
/// returned; stream-management requests and acks are handled. A stanza counts as handled for
/// XEP-0198 only once this is done; a person's message only once the desk has kept it
/// (<see cref="InboundAcknowledgements"/>).
/// </summary>
internal sealed partial class InboundDispatcher(
    StanzaWriter writer,
    StreamManagement streamManagement,
    ChannelWriter<InboundMessage> inbound,
    TechnicianRoom? room,
    RecentMessageIds recentIds,
    InboundAcknowledgements acknowledgements,
    PersonSignals signals,
    TimeProvider timeProvider,
    ILogger logger)
{
    private static readonly XName Ping = XName.Get("ping", XmppNamespaces.Ping);
    private static readonly XName DiscoInfo = XName.Get("query", XmppNamespaces.DiscoInfo);
    private static readonly XName Version = XName.Get("query", XmppNamespaces.Version);

    public async ValueTask HandleAsync(Stanza stanza, CancellationToken cancellationToken)
    {
        switch (stanza)
        {
            case MessageStanza message:
                await OnMessageAsync(message, cancellationToken).ConfigureAwait(false);
                break;
            case PresenceStanza presence:
                await OnPresenceAsync(presence, cancellationToken).ConfigureAwait(false);
                streamManagement.CountInbound();
                break;
            case IqStanza iq:
                await OnIqAsync(iq, cancellationToken).ConfigureAwait(false);
                streamManagement.CountInbound();
                break;
            case AckRequestStanza:
                // While a message is being kept the answer may wait for its keep (StreamManagement.TryAnswerAckRequest).
                await writer.SendAckAsync(streamManagement.TryAnswerAckRequest, cancellationToken).ConfigureAwait(false);
                break;
            case AckStanza ack when !streamManagement.OnAck(ack.Handled):
                throw new XmppProtocolException($"The server acknowledged {ack.Handled} stanzas, more than were sent.");
            case StreamErrorStanza error:
                throw new XmppProtocolException($"Stream error from the server: {error.Condition} {error.Text}".TrimEnd());
            case UnsupportedStanza other:
                LogIgnored(other.Name.ToString());
                break;
        }
    }

    private async ValueTask OnMessageAsync(MessageStanza message, CancellationToken cancellationToken)
    {
        var received = message.Kind == MessageKind.Groupchat ? FromRoom(message) : FromPerson(message);
        if (received is null)
        {
            LogMessageIgnored(message.Kind, message.From?.ToString());
            streamManagement.CountInbound();
            return;
        }

        if (received.MessageId is { Length: > 0 } id && !recentIds.Add(received.From.Value, id))
        {
            LogRepeatDropped(received.From.Value, id);
            streamManagement.CountInbound();
            return;
        }

        // The message is handed to the desk first: it is now marked as seen, so if a write below fails with the
        // connection, the server's copy sent again after resumption would be dropped as a repeat and lost.
        acknowledgements.Hold(received, streamManagement.BeginInbound());
        await inbound.WriteAsync(received, cancellationToken).ConfigureAwait(false);

        if (!received.From.IsRoom && signals.Invitations.FirstTime(received.From.Value))
        {
            await writer.SendAsync(StanzaBuilder.Presence(received.From.Value, "subscribed"), cancellationToken).ConfigureAwait(false);
            await writer.SendAsync(StanzaBuilder.Presence(received.From.Value, "subscribe"), cancellationToken).ConfigureAwait(false);
        }
    }

    private InboundMessage? FromRoom(MessageStanza message) =>
        room is not null && room.Owns(message.From) ? room.ToInbound(message, timeProvider.GetUtcNow()) : null;

    private InboundMessage? FromPerson(MessageStanza message)
    {
        if (message.Kind is not (MessageKind.Chat or MessageKind.Normal)
            || message.From is not { } from
            || room?.Owns(from) == true
            || string.IsNullOrWhiteSpace(message.Body))
        {
            return null;
        }

        if (message.HasChatState)
        {
            signals.ChatStates.SawChatState(from.Bare);
        }

        var received = new InboundMessage(new ChannelAddress(XmppChatChannel.ChannelName, from.Bare), message.Body, timeProvider.GetUtcNow())
        {
            MessageId = message.Id,
            Corrects = message.Replaces,
        };
        if (message.ReceiptRequested && message.Id is { Length: > 0 } id)
        {
            // XEP-0184 §5.4: to the full JID that asked, once the desk keeps the message.
            signals.Receipts.Hold(received, from.ToString(), id);
        }

        return received;
    }

    private async ValueTask OnPresenceAsync(PresenceStanza presence, CancellationToken cancellationToken)
    {
        if (room is not null && room.Owns(presence.From))
        {
            await OnRoomPresenceAsync(room, presence, cancellationToken).ConfigureAwait(false);
            return;
        }

        var from = presence.From?.Bare;
        switch (presence.Kind)
        {
            case PresenceKind.Subscribe when from is not null:
                await writer.SendAsync(StanzaBuilder.Presence(from, "subscribed"), cancellationToken).ConfigureAwait(false);
                await writer.SendAsync(StanzaBuilder.Presence(from, "subscribe"), cancellationToken).ConfigureAwait(false);
                LogSubscribed(from);
                break;
            case PresenceKind.Unsubscribe when from is not null:
                await writer.SendAsync(StanzaBuilder.Presence(from, "unsubscribed"), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async ValueTask OnRoomPresenceAsync(TechnicianRoom technicianRoom, PresenceStanza presence, CancellationToken cancellationToken)
    {
        if (presence.Kind == PresenceKind.Error)
        {
            LogRoomRefused(technicianRoom.OccupantJid);
        }
        else if (technicianRoom.OnPresence(presence))
        {
            LogRoomCreated(technicianRoom.RoomJid);
            var configure = StanzaBuilder.InstantRoom(technicianRoom.RoomJid, Guid.NewGuid().ToString("N"));
            await writer.SendAsync(configure, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask OnIqAsync(IqStanza iq, CancellationToken cancellationToken)
    {
        if (!iq.IsRequest)
        {
            LogIgnored($"iq {iq.Kind} {iq.Id}");
            return;
        }

        var bot = signals.Presence.Identity;
        var reply = iq.Kind == IqKind.Get ? iq.Payload switch
        {
            { } name when name == Ping => StanzaBuilder.IqResult(iq),
            { } name when name == DiscoInfo && bot.Answers(iq.Node) => DiscoveryStanzas.DiscoInfo(iq, bot),
            { } name when name == Version => DiscoveryStanzas.Version(iq, bot),
            _ => null,
        } : null;
        await writer.SendAsync(reply ?? StanzaBuilder.IqError(iq, "cancel", "service-unavailable"), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: dropped a repeated message {Id} from {From} (sent again after a reconnection)")]
    private partial void LogRepeatDropped(string from, string id);

    [LoggerMessage(Level = LogLevel.Debug, Message = "XMPP: ignored {What}")]
    private partial void LogIgnored(string what);

    [LoggerMessage(Level = LogLevel.Debug, Message = "XMPP: ignored a {Kind} message from {From} (no body, chat state, error, echo or history)")]
    private partial void LogMessageIgnored(MessageKind kind, string? from);

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: accepted the subscription request of {From} and subscribed back")]
    private partial void LogSubscribed(string from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: the room refused us as {Occupant} (nickname taken, members only or banned?)")]
    private partial void LogRoomRefused(string occupant);

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: created room {Room}; accepting its default configuration")]
    private partial void LogRoomCreated(string room);
}
