namespace ServiceDesk.Core.Conversation;

/// <summary>Where a conversation with a requester stands: which kind of answer the bot is waiting for. See the README diagram.</summary>
public enum ConversationState
{
    /// <summary>Nothing under way: the next message starts a new request.</summary>
    Idle,
    /// <summary>Superstate of every state where a request is under way (never stored itself): cancel and hand-over work from all of them.</summary>
    Active,
    /// <summary>The person has open tickets; the bot asked whether the new message is about one of them.</summary>
    ChoosingTicket,
    /// <summary>The bot is asking the facts still missing, one at a time (see <see cref="Question"/>).</summary>
    Gathering,
    /// <summary>The bot reformulated the request and waits for a yes or a correction.</summary>
    Confirming,
    /// <summary>The bot proposed known errors and asked whether they solved the problem.</summary>
    OfferingKnownErrors,
}
