namespace ServiceDesk.Core.Conversation;

/// <summary>Where a conversation with a requester stands. See the README for the diagram.</summary>
public enum ConversationState
{
    /// <summary>Nothing under way: the next message starts a new request.</summary>
    Idle,
    /// <summary>The request is described; the bot asked who is affected.</summary>
    AwaitingImpact,
    /// <summary>Impact known; the bot asked how much the person is hindered.</summary>
    AwaitingUrgency,
}
