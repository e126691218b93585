namespace ServiceDesk.Core.Conversation;

/// <summary>English: what the bot says when answers do not fit (<see cref="AnswerRecovery"/>), never the same prompt three times.</summary>
public sealed partial class EnglishPhrasebook
{
    public string Rephrase(ConversationState state, Question pending) => (state, pending) switch
    {
        (ConversationState.Gathering, Question.Impact) =>
            "Let me put it another way: does this affect only you, your team, or the whole organisation? For example \"just me\" or \"1\". You can also write \"technician\".",
        (ConversationState.Gathering, Question.Urgency) =>
            "Let me put it another way: can you still work? For example \"blocked\" if you cannot do anything, or \"2\" if it slows you down. You can also write \"technician\".",
        (ConversationState.Gathering, Question.Reproducible) =>
            "In other words: does it happen every time you try, or only sometimes? For example \"every time\" or \"now and then\". \"I don't know\" is fine too.",
        (ConversationState.Gathering, Question.Since) =>
            "In other words: when did you first notice the problem? For example \"this morning\", \"yesterday around 3pm\" or \"since Monday\". \"I don't know\" is fine too.",
        (ConversationState.Gathering, Question.Environment) =>
            "The computer's name is often on a label, for example \"PC-0423, Windows 11\". If you can't find it, just answer \"I don't know\".",
        (ConversationState.Gathering, Question.ErrorMessage) =>
            "If a message appears, copy it as it is, for example \"Incorrect password\"; if there is none, answer \"no\". \"I don't know\" is fine too.",
        (ConversationState.Gathering, Question.Correction) =>
            "Just tell me what is not right, for example \"since yesterday\" or \"it's the whole team\". You can also write \"technician\".",
        (ConversationState.Gathering, _) =>
            "A few words are enough. If you don't know, answer \"I don't know\" and I'll move on.",
        (ConversationState.Confirming, _) =>
            "Answer \"yes\" if my summary is right, or correct me in a few words, for example \"no, since yesterday\".",
        (ConversationState.OfferingKnownErrors, _) =>
            "After trying those steps, is the problem solved? Answer \"yes\" or \"no\": if it's no, I'll record your request.",
        (ConversationState.ChoosingTicket, _) =>
            "Answer \"1\" if your message adds to your open request, or \"no\" if it is about something else.",
        _ => NotUnderstood,
    };

    public string Confidential(Refusals.RefusalRule rule, Tickets.Ticket ticket, string group) =>
        $"Thank you for telling me. {Capitalize(rule!.ReasonEn)}. I have recorded it confidentially ({ticket!.TicketNumber}): " +
        $"only the members of the \"{group}\" group of the support team can read it; other technicians do not see it. One of them will get back to you.";

    public string MovingOn => "That's all right, I'll note it as unknown and move on.";

    public string DontKnowWords => "I don't know";

    public string HandingOverAfterMisses => "So that you don't have to repeat yourself, I'd rather a technician went through this with you directly.";

    public string AddedAfterMisses(Tickets.Ticket ticket) =>
        $"So that you don't have to repeat yourself, I've added your message to your most recent request, {ticket.TicketNumber}: the technician will read it. If it is about something else, just say so.";
}
