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
}
