using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Technicians;

/// <summary>What the desk says during one turn, to anyone: the technician, the requester, the room.</summary>
public sealed class DeskReplies
{
    private readonly List<OutboundMessage> _messages = [];

    public IReadOnlyList<OutboundMessage> Messages => _messages;

    public void Add(ChannelAddress to, string text) => _messages.Add(new OutboundMessage(to, text));

    public void AddRange(IEnumerable<OutboundMessage> messages) => _messages.AddRange(messages);

    /// <summary>Puts a message at <paramref name="index"/> (0 … <see cref="Messages"/>.Count), before those said after it.</summary>
    public void Insert(int index, ChannelAddress to, string text) => _messages.Insert(index, new OutboundMessage(to, text));
}
