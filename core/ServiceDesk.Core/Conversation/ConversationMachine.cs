using Machine = Stateless.StateMachine<ServiceDesk.Core.Conversation.ConversationState, ServiceDesk.Core.Conversation.ConversationTrigger>;

namespace ServiceDesk.Core.Conversation;

/// <summary>The transitions of <see cref="Conversation"/>, in one place.</summary>
internal static class ConversationMachine
{
    public static void Configure(Machine machine, Conversation conversation)
    {
        machine.Configure(ConversationState.Idle)
            .OnEntry(conversation.Reset)
            .Permit(ConversationTrigger.Describe, ConversationState.Gathering)
            .Permit(ConversationTrigger.DescribeWithOpenTickets, ConversationState.ChoosingTicket);

        machine.Configure(ConversationState.Active)
            .Permit(ConversationTrigger.Cancel, ConversationState.Idle)
            .Permit(ConversationTrigger.HandOver, ConversationState.Idle);

        machine.Configure(ConversationState.ChoosingTicket)
            .SubstateOf(ConversationState.Active)
            .OnEntryFrom(conversation.DescribeWithOpenTicketsTrigger, conversation.Start)
            .Permit(ConversationTrigger.AddToTicket, ConversationState.Idle)
            .Permit(ConversationTrigger.StartNewRequest, ConversationState.Gathering);

        machine.Configure(ConversationState.Gathering)
            .SubstateOf(ConversationState.Active)
            .OnEntryFrom(conversation.DescribeTrigger, conversation.Start)
            .PermitReentry(ConversationTrigger.Answer)
            .OnEntryFrom(conversation.AnswerTrigger, conversation.SetPending)
            .Permit(ConversationTrigger.AllFactsKnown, ConversationState.Confirming)
            .Permit(ConversationTrigger.OfferKnownErrors, ConversationState.OfferingKnownErrors);

        machine.Configure(ConversationState.Confirming)
            .SubstateOf(ConversationState.Active)
            .OnEntry(() => conversation.SetPending(Question.None))
            .Permit(ConversationTrigger.Confirm, ConversationState.Idle)
            .Permit(ConversationTrigger.Correct, ConversationState.Gathering)
            .Permit(ConversationTrigger.OfferKnownErrors, ConversationState.OfferingKnownErrors);

        machine.Configure(ConversationState.OfferingKnownErrors)
            .SubstateOf(ConversationState.Active)
            .OnEntryFrom(conversation.OfferTrigger, conversation.RememberOffered)
            .Permit(ConversationTrigger.Solved, ConversationState.Idle)
            .Permit(ConversationTrigger.NotSolved, ConversationState.Idle);
    }
}
