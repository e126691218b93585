namespace ServiceDesk.Core.Conversation;

/// <summary>What can move a conversation on; fired only through <see cref="Conversation"/>'s intention-named methods.</summary>
public enum ConversationTrigger
{
    Describe,
    DescribeWithOpenTickets,
    AddToTicket,
    StartNewRequest,
    Answer,
    AllFactsKnown,
    Confirm,
    Correct,
    OfferKnownErrors,
    Solved,
    NotSolved,
    Cancel,
    HandOver,
}
