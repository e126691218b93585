namespace ServiceDesk.Core.Channels;

/// <summary>What the desk says to a person or a room.</summary>
/// <param name="To">The recipient.</param>
/// <param name="Text">Plain text; adapters may add light formatting.</param>
public sealed record OutboundMessage(ChannelAddress To, string Text)
{
    /// <summary>
    /// Numbered choices offered with the message, in order (1-based when numbered). An adapter
    /// renders them as numbered lines (XMPP, console) or buttons (Slack); the answer comes back
    /// as ordinary text, so "1", "bloqué" and a button press all read the same.
    /// </summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// In this thread (a ticket's conversation). Slack posts it in the thread of the ticket's post in the technicians'
    /// channel; Jabber and the terminal ignore it and send the message as usual.
    /// </summary>
    public ThreadReference? Thread { get; init; }

    /// <summary>
    /// This message opens <see cref="Thread"/> (the ticket's post in the technicians' room): a network with threads
    /// remembers where it went, so that what is later said "in this thread" follows it.
    /// </summary>
    public bool StartsThread { get; init; }

    /// <summary>
    /// Only this person sees it, though <see cref="To"/> is a room (errors and usage hints to a technician, never shown
    /// to the whole room): Slack posts it ephemeral; Jabber and the terminal send it to the person one to one.
    /// </summary>
    public ChannelAddress? OnlyFor { get; init; }

    /// <summary>
    /// Replaces that earlier message (an answered question shows the choice and loses its buttons): Slack updates it in
    /// place; a network that cannot edit sends <see cref="Text"/> as a new line, or nothing when it is empty.
    /// </summary>
    public MessageReference? Replaces { get; init; }

    /// <summary>
    /// The answer to a command typed through the network's command feature (Slack's slash command): sent through that
    /// handle, seen only by the person who typed it. Networks without one send the message as usual.
    /// </summary>
    public ReplyHandle? ReplyTo { get; init; }

    /// <summary>Where a person who is not in the room receives it: <see cref="OnlyFor"/> when set, otherwise <see cref="To"/>.</summary>
    public ChannelAddress Recipient => OnlyFor ?? To;

    /// <summary>
    /// The message as a network without threads, private room lines, edits or command handles sends it (Jabber, the
    /// terminal): to <see cref="Recipient"/> one to one when only they may see it, the thread and handle dropped; null
    /// when there is nothing to send (an update with no new text: the earlier line stays as it was).
    /// </summary>
    public OutboundMessage? AsPlainMessage() =>
        Replaces is not null && string.IsNullOrWhiteSpace(Text)
            ? null
            : new OutboundMessage(Recipient, Text) { Choices = Choices };
}
