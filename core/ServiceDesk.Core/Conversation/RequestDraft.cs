using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>What the conversation has gathered about the request so far, before a ticket exists.</summary>
public sealed record RequestDraft
{
    /// <summary>
    /// A unique id given when the request is described; the ticket keeps it, so replaying the last turn after a
    /// crash finds the ticket already opened instead of opening a duplicate.
    /// </summary>
    public string DraftId { get; init; } = "";

    public string Description { get; init; } = "";

    public RequestType Type { get; init; } = RequestType.Incident;

    public Impact? Impact { get; init; }

    public Urgency? Urgency { get; init; }

    public TicketFacts Facts { get; init; } = new();

    /// <summary>The question the bot asked last and waits an answer to.</summary>
    public Question Pending { get; init; }

    /// <summary>Questions already asked (answered or "je ne sais pas"): never asked twice.</summary>
    public IReadOnlyList<Question> Asked { get; init; } = [];

    /// <summary>The person said the environment remembered from last time is no longer theirs.</summary>
    public bool EnvironmentRejected { get; init; }

    /// <summary>Empathy was already shown in this request (said once, not at every message).</summary>
    public bool EmpathyShown { get; init; }

    /// <summary>The prompt the last answers did not fit ("Gathering:Impact"), and how many in a row (see <see cref="AnswerRecovery"/>).</summary>
    public string? MissedPrompt { get; init; }

    public int Misses { get; init; }

    /// <summary>For a service request: for whom, by when, where.</summary>
    public string? ForWhom { get; init; }

    public string? ByWhen { get; init; }

    public string? Where { get; init; }

    /// <summary>Open tickets the person may be writing about (when the state is <see cref="ConversationState.ChoosingTicket"/>).</summary>
    public IReadOnlyList<int> CandidateTickets { get; init; } = [];

    /// <summary>Known-error articles proposed, so the technician does not suggest them again.</summary>
    public IReadOnlyList<string> OfferedArticles { get; init; } = [];

    /// <summary>The dialogue so far; it becomes the start of the ticket's journal.</summary>
    public IReadOnlyList<JournalEntry> Transcript { get; init; } = [];

    public bool WasAsked(Question question) => Asked.Contains(question);
}
