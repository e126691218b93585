namespace ServiceDesk.Core.Channels;

/// <summary>What a person wrote, as the core sees it.</summary>
/// <param name="From">Who wrote it and where to answer.</param>
/// <param name="Text">The message body, already decoded; never null, possibly empty.</param>
/// <param name="ReceivedAt">When the adapter received it (from the injected clock).</param>
public sealed record InboundMessage(ChannelAddress From, string Text, DateTimeOffset ReceivedAt)
{
    /// <summary>
    /// The key of the person the configuration links this address to (<see cref="People.Person.Id"/>), set by the desk
    /// when the message comes in; null for everyone else.
    /// </summary>
    public string? Person { get; init; }

    /// <summary>
    /// Who the desk serves, as tickets, conversations, profiles and the turn's lock know them: the linked person's key,
    /// otherwise the address itself ("xmpp:alice@example.org"), as always. Answers still go to <see cref="From"/>.
    /// </summary>
    public string RequesterId => Person ?? From.ToString();

    /// <summary>The sender's display name when the network gives one.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The network's id for the message, when it has one (used to drop redeliveries).</summary>
    public string? MessageId { get; init; }

    /// <summary>
    /// The network's key for this delivery, the same on every delivery of the same action to any connection of the desk
    /// (Slack's <c>event_id</c>, a click's or a command's own id; null when the network has none): instances sharing a
    /// store keep a message once per key (<see cref="Storage.IInboxStore.KeepOnce"/>).
    /// </summary>
    public string? DeliveryKey { get; init; }

    /// <summary>In a room: the speaker's real address when known (the room address is in <see cref="From"/>).</summary>
    public ChannelAddress? Speaker { get; init; }

    /// <summary>
    /// Read back from the inbox at start-up: the bot stopped before it had finished with it. Its turn may
    /// already have been taken without the answer reaching the person, so an already-handled replay gets
    /// that answer again instead of silence.
    /// </summary>
    public bool Replayed { get; init; }

    /// <summary>
    /// The <see cref="MessageId"/> of an earlier message of the same person that this one replaces (the person
    /// edited their last message: XMPP's XEP-0308 "last message correction", Slack's edits). The desk reads it as
    /// a correction of what that message said, not as a new turn.
    /// </summary>
    public string? Corrects { get; init; }

    /// <summary>
    /// The person clicked this choice of a question (1-based) instead of typing: <see cref="Text"/> then holds the number,
    /// so the click counts as that answer exactly as typing it would.
    /// </summary>
    public int? ChosenOption { get; init; }

    /// <summary>The question the click answered, as the network named it (to update it: <see cref="OutboundMessage.Replaces"/>).</summary>
    public MessageReference? Question { get; init; }

    /// <summary>Written in this thread (a ticket's conversation), when the network has threads.</summary>
    public ThreadReference? Thread { get; init; }

    /// <summary>
    /// Typed through the network's command feature (Slack's <c>/desk</c>): the desk's answers to the person carry it
    /// (<see cref="OutboundMessage.ReplyTo"/>), so they see them privately.
    /// </summary>
    public ReplyHandle? ReplyHandle { get; init; }

    /// <summary>"fr" or "en" from the person's profile on the network (Slack's locale), when it gives one.</summary>
    public string? Language { get; init; }

    /// <summary>The person's IANA time zone from their profile on the network, when it gives one.</summary>
    public string? TimeZone { get; init; }
}
