namespace ServiceDesk.Core.Conversation;

/// <summary>
/// What the bot does when an answer does not fit the question, so that nobody is stuck: the first time
/// it says so and asks again; the second time it rephrases with an example (and says "je ne sais pas"
/// or a technician are fine answers); the third time it stops asking. A fact the request can do without
/// is noted as unknown and the interview moves on; without an impact, an urgency or a confirmation the
/// request goes to a technician, who will ask in person; an unclear "is it about your request?" is added
/// to the most recent one. Never the same prompt three times in a row (issue 13).
/// </summary>
internal static class AnswerRecovery
{
    /// <summary>What the third unfitting answer leads to.</summary>
    public enum Outcome
    {
        AskedAgain,
        MoveOn,
        HandOver,
        AddToLatest,
        NotSolved,
    }

    public static Outcome Missed(DialogueTurn turn)
    {
        var conversation = turn.Conversation;
        var prompt = $"{conversation.State}:{conversation.Draft.Pending}";
        var misses = conversation.Draft.MissedPrompt == prompt ? conversation.Draft.Misses + 1 : 1;
        conversation.Update(d => d with { MissedPrompt = prompt, Misses = misses });
        if (misses == 1)
        {
            turn.Reply.Say(turn.Phrases.NotUnderstood);
            return Outcome.AskedAgain;
        }

        if (misses == 2)
        {
            return Outcome.AskedAgain;
        }

        conversation.Update(d => d with { MissedPrompt = null, Misses = 0 });
        return conversation.State switch
        {
            ConversationState.Gathering when !IsEssential(conversation.Draft.Pending) => Outcome.MoveOn,
            ConversationState.ChoosingTicket => Outcome.AddToLatest,
            ConversationState.OfferingKnownErrors => Outcome.NotSolved,
            _ => Outcome.HandOver,
        };
    }

    /// <summary>The second unfitting answer in a row to the same prompt: rephrase it, with an example.</summary>
    public static bool Rephrasing(DialogueTurn turn) => turn.Conversation.Draft.Misses == 2;

    /// <summary>Without these the request cannot be qualified or confirmed (seed 002: impact × urgency gives the priority).</summary>
    public static bool IsEssential(Question question) => question is Question.Impact or Question.Urgency or Question.Correction or Question.None;
}
