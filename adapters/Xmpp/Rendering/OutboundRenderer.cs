using System.Globalization;
using System.Text;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Rendering;

/// <summary>
/// Turns what the desk says into a message stanza: chat to a person, groupchat to a room; choices
/// become numbered lines after a blank line, since plain XMPP clients have no buttons. The text is styled for
/// the clients that render XEP-0393 (<see cref="MessageStyling"/>); with <c>active</c>, a person who uses chat
/// states sees the bot stop composing with this answer (XEP-0085).
/// </summary>
internal static class OutboundRenderer
{
    public static OutgoingStanza Render(OutboundMessage message, string id, bool active = false, bool styled = true)
    {
        if (message.To.Channel != XmppChatChannel.ChannelName || string.IsNullOrWhiteSpace(message.To.Value))
        {
            throw new ArgumentException($"Cannot send to {message.To} over XMPP.", nameof(message));
        }

        var type = message.To.IsRoom ? "groupchat" : "chat";
        var element = StanzaBuilder.Message(message.To.Value, id, type, Body(message, styled));
        if (active)
        {
            element.Add(ChatStateStanzas.Active());
        }

        return new OutgoingStanza(StanzaBuilder.Serialize(element), IsMessage: true);
    }

    /// <summary>
    /// The message's text and choices. Styled (<paramref name="styled"/>): to a person, the full styling; to the
    /// technicians' room, only the escaping, so that the commands it proposes stay exactly as typed.
    /// </summary>
    public static string Body(OutboundMessage message, bool styled = true)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = !styled ? message.Text : message.To.IsRoom ? MessageStyling.Escape(message.Text) : MessageStyling.Apply(message.Text);
        if (message.Choices.Count == 0)
        {
            return text;
        }

        var body = new StringBuilder(text).Append("\n\n");
        for (var i = 0; i < message.Choices.Count; i++)
        {
            body.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(styled ? MessageStyling.Escape(message.Choices[i]) : message.Choices[i]);
            if (i < message.Choices.Count - 1)
            {
                body.Append('\n');
            }
        }

        return body.ToString();
    }
}
