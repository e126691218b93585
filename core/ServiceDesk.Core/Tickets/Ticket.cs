using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Core.Tickets;

/// <summary>
/// A recorded request, from opening to closing (seed 002 §1: every request is recorded, whatever the channel).
/// </summary>
/// <remarks>
/// Immutable: every change produces a new value with <c>with</c>, and the store writes it whole, so a
/// ticket is never half-written. <see cref="RequesterId"/> is the identity used for access checks:
/// a requester only ever sees tickets whose <see cref="RequesterId"/> is their own address.
/// </remarks>
public sealed record Ticket
{
    /// <summary>The conversation draft this ticket came from, if any (makes opening idempotent).</summary>
    public string? DraftId { get; init; }

    /// <summary>The sequential number (also the store's key).</summary>
    public int Number { get; init; }

    /// <summary>The requester's identity: their channel address, e.g. <c>xmpp:alice@example.org</c>.</summary>
    public string RequesterId { get; init; } = "";

    /// <summary>Where to answer the requester (channel name and address there).</summary>
    public string ReplyChannel { get; init; } = "";

    /// <summary>The requester's address on <see cref="ReplyChannel"/>.</summary>
    public string ReplyAddress { get; init; } = "";

    public string? RequesterName { get; init; }

    /// <summary>The request in the requester's own words.</summary>
    public string Description { get; init; } = "";

    public RequestType Type { get; init; }

    public Impact? Impact { get; init; }

    public Urgency? Urgency { get; init; }

    public Priority? Priority { get; init; }

    public TicketStatus Status { get; init; }

    /// <summary>How the request ended (a ticket, self-service, abandoned, refused…).</summary>
    public RequestOutcome Outcome { get; init; }

    /// <summary>The person asked for a human: technicians should take it first.</summary>
    public bool HumanRequested { get; init; }

    /// <summary>Known-error articles the person already tried, so a technician does not suggest them again.</summary>
    public IReadOnlyList<string> TriedArticles { get; init; } = [];

    /// <summary>"fr" or "en": the language the requester uses.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>What the conversation established (since when, application, error message…).</summary>
    public TicketFacts Facts { get; init; } = new();

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Target resolution time from the SLA table.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Maximum delay from the SLA table: past it the ticket is late.</summary>
    public DateTimeOffset? DeadlineAt { get; init; }

    /// <summary>Take-charge target from the SLA table ("temps de détection"), in business time.</summary>
    public DateTimeOffset? DetectionDueAt { get; init; }

    /// <summary>When a technician first took the ticket (or it was solved by self-service): the detection target is met then.</summary>
    public DateTimeOffset? TakenInChargeAt { get; init; }

    /// <summary>When it was last resolved (cleared when reopened).</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Since when it waits for the requester (its SLA clocks stand still); null otherwise.</summary>
    public DateTimeOffset? AwaitingSince { get; init; }

    /// <summary>The finished stretches spent waiting for the requester, left out of its SLA clocks.</summary>
    public IReadOnlyList<SlaPause> Pauses { get; init; } = [];

    /// <summary>SLA warnings already posted to the technicians' room (each is posted once).</summary>
    public SlaAlerts SlaAlerts { get; init; }

    /// <summary>Reminders sent while it waits for the requester (reset when they answer).</summary>
    public int RemindersSent { get; init; }

    /// <summary>How many times it was reopened after a resolution or a closure.</summary>
    public int ReopenCount { get; init; }

    /// <summary>When the requester was asked how satisfied they are (after confirming the solution).</summary>
    public DateTimeOffset? SatisfactionAskedAt { get; init; }

    /// <summary>The requester's satisfaction, 1 to 5, once they answered.</summary>
    public int? Satisfaction { get; init; }

    /// <summary>What the requester said after a low score.</summary>
    public string? SatisfactionComment { get; init; }

    /// <summary>The earlier ticket this one follows (a reply came too long after its closure to reopen it).</summary>
    public int? FollowsTicket { get; init; }

    /// <summary>Every message and action, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];

    // --- Technicians' side (who holds it, hand-offs, solution, reports) ---

    /// <summary>
    /// The level-1 technician who opened or took the ticket and follows it to the end. Seed 002 §5.2: "C'est donc le
    /// technicien de niveau 1 du Service Desk qui a ouvert le dossier d'appel et qui en a effectué le suivi, qui devra
    /// clôturer l'appel."
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>The technician working on it now (a specialist after a transfer), if any.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>The group it was handed to ("réseau"…), until one of them takes it.</summary>
    public string? AssignedGroup { get; init; }

    /// <summary>The support level handling it now.</summary>
    public SupportLevel Level { get; init; } = SupportLevel.Level1;

    /// <summary>The technician talking with the requester through the desk (after <c>/take</c>); null while the bot answers.</summary>
    public string? LiveWith { get; init; }

    /// <summary>When the current technician took it (starts the level-1 time limit).</summary>
    public DateTimeOffset? TakenAt { get; init; }

    /// <summary>The level-1 time limit was reached and the technician was prompted to transfer or escalate.</summary>
    public bool TimeLimitPrompted { get; init; }

    /// <summary>The latest solution delivered; only a definitive one allows closing.</summary>
    public Solution? Solution { get; init; }

    public IReadOnlyList<Transfer> Transfers { get; init; } = [];

    public IReadOnlyList<Escalation> Escalations { get; init; } = [];

    public IReadOnlyList<InterventionReport> Reports { get; init; } = [];

    /// <summary>A yes/no question the requester was asked about this ticket and has not answered yet.</summary>
    public RequesterQuestion PendingQuestion { get; init; }

    /// <summary>When the ticket was posted to the technicians' room; null until then.</summary>
    public DateTimeOffset? AnnouncedAt { get; init; }

    /// <summary>Knowledge-base articles a technician linked to this ticket (<c>/kb link</c>), by id.</summary>
    public IReadOnlyList<string> LinkedArticles { get; init; } = [];

    /// <summary>The problem record this incident is linked to ("P3"), if any (seed 002 §4.4).</summary>
    public string? Problem { get; init; }

    /// <summary>Display form, e.g. <c>#42</c>.</summary>
    public TicketNumber TicketNumber => new(Number);

    /// <summary>True until the ticket is closed.</summary>
    public bool IsOpen => Status != TicketStatus.Closed;

    /// <summary>Returns this ticket with one more journal line and <see cref="UpdatedAt"/> moved to its time.</summary>
    public Ticket WithJournal(JournalEntry entry) =>
        this with { Journal = [.. Journal, entry], UpdatedAt = entry.At };
}
