using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Conversation;

/// <summary>Collects what the bot answers during one turn, addressed to the person who wrote.</summary>
internal sealed class Reply(ChannelAddress to)
{
    private readonly List<OutboundMessage> _messages = [];

    public IReadOnlyList<OutboundMessage> Messages => _messages;

    public void Say(string text, IReadOnlyList<string>? choices = null) =>
        _messages.Add(new OutboundMessage(to, text) { Choices = choices ?? [] });
}
