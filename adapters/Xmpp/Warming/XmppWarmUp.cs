using System.Runtime;
using System.Text;
using ServiceDesk.Adapters.Xmpp.Framing;
using ServiceDesk.Adapters.Xmpp.Parsing;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Rendering;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Warming;

/// <summary>
/// Runs the adapter's own per-message code on made-up stanzas, without the network, before people write: the stream
/// reader over the bytes of a conversation (messages with a receipt request and a chat state, ack requests, acks), the
/// parser, the rendering of answers with numbered choices and their styling, receipts, chat states and the XEP-0198
/// counting. Without it the JIT compiled that code, then compiled it again optimised, under the first people's messages:
/// in the load bench that was counted in their CPU, not in the bot's start-up.
/// </summary>
/// <remarks>
/// Rounds go on until a round (and the pause after it, when the runtime recompiles hot methods in the background)
/// compiles nothing new, at most <c>maxRounds</c>. Touches nothing outside itself: no connection, no outbox of the channel.
/// </remarks>
internal static class XmppWarmUp
{
    private const int MessagesPerRound = 40;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(300);

    public static async Task RunAsync(int maxRounds, CancellationToken cancellationToken)
    {
        var stream = Conversation(MessagesPerRound);
        for (var round = 0; round < maxRounds; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            await RoundAsync(stream, cancellationToken).ConfigureAwait(false);
            await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
            if (round > 0 && JitInfo.GetCompiledMethodCount() == compiled)
            {
                return;
            }
        }
    }

    private static async Task RoundAsync(byte[] conversation, CancellationToken cancellationToken)
    {
        using var reader = new XmppStreamReader(new MemoryStream(conversation, writable: false), 262144);
        await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        var management = new StreamManagement();
        management.OnEnabled("warm-up");
        var outbox = new Outbox(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        var person = new ChannelAddress(XmppChatChannel.ChannelName, "warm@up.invalid");
        var sent = 0u;
        while (await reader.ReadElementAsync(cancellationToken).ConfigureAwait(false) is { } element)
        {
            switch (StanzaParser.Parse(element))
            {
                case MessageStanza { From: { } from, Body: { } body } message:
                    var token = management.BeginInbound();
                    management.TryAnswerAckRequest(out _);
                    var received = new InboundMessage(new ChannelAddress(XmppChatChannel.ChannelName, from.Bare), body, DateTimeOffset.UnixEpoch)
                    {
                        MessageId = message.Id,
                    };
                    if (token is { } kept)
                    {
                        management.Acknowledge(kept);
                    }

                    management.TakeOwedAck(out _);
                    outbox.Enqueue(new OutgoingStanza(StanzaBuilder.Serialize(ChatStateStanzas.Receipt(from.ToString(), message.Id ?? "x", Guid.NewGuid().ToString("N"))), IsMessage: true));
                    outbox.Enqueue(new OutgoingStanza(StanzaBuilder.Serialize(ChatStateStanzas.Notification(from.Bare, "composing", Guid.NewGuid().ToString("N"))), IsMessage: false));
                    var answer = new OutboundMessage(person, $"Merci {received.Text.Length} : votre demande **n° 12** est *enregistrée*.\n> {body}")
                    {
                        Choices = ["Moi seul(e)", "Mon équipe", "Tout le service"],
                    };
                    outbox.Enqueue(OutboundRenderer.Render(answer, Guid.NewGuid().ToString("N"), active: true));
                    break;
                case AckRequestStanza:
                    management.TryAnswerAckRequest(out var handled);
                    _ = StanzaBuilder.Serialize(StanzaBuilder.SmAck(handled));
                    break;
                case AckStanza:
                    management.OnAck(sent);
                    break;
            }

            var batch = new StringBuilder();
            while (outbox.TryPeek(out var stanza))
            {
                management.RecordSent(stanza);
                outbox.Commit(stanza);
                batch.Append(stanza.Xml);
                sent++;
            }

            batch.Append(StanzaBuilder.Serialize(StanzaBuilder.SmRequest()));
            _ = Encoding.UTF8.GetBytes(batch.ToString());
        }
    }

    /// <summary>The bytes a server sends in a conversation: its stream header, then per message the message, an ack request and an ack.</summary>
    private static byte[] Conversation(int messages)
    {
        var text = new StringBuilder(
            $"<?xml version='1.0'?><stream:stream xmlns='{XmppNamespaces.Client}' xmlns:stream='{XmppNamespaces.Streams}' from='up.invalid' id='warm' version='1.0'>");
        for (var i = 0; i < messages; i++)
        {
            text.Append($"<message from='warm@up.invalid/phone' to='desk@up.invalid' type='chat' id='w{i}'><body>Bonjour, depuis lundi Outlook me redemande mon mot de passe ({i})</body>")
                .Append($"<request xmlns='{XmppNamespaces.Receipts}'/><active xmlns='{XmppNamespaces.ChatStates}'/></message>")
                .Append($"<r xmlns='{XmppNamespaces.StreamManagement}'/><a xmlns='{XmppNamespaces.StreamManagement}' h='{(i + 1) * 3}'/>");
        }

        return Encoding.UTF8.GetBytes(text.Append("</stream:stream>").ToString());
    }
}
