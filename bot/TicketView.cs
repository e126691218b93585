using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot;

/// <summary>A ticket as <c>tickets list|show --json</c> prints it: flat, stable names, ISO dates.</summary>
internal sealed record TicketView(
    int Number,
    string Requester,
    string? RequesterName,
    string Type,
    string Status,
    string Outcome,
    string? Impact,
    string? Urgency,
    string? Priority,
    DateTimeOffset? Since,
    string? SinceText,
    string? Application,
    string? ErrorMessage,
    string? Environment,
    string? RecentChange,
    bool? Reproducible,
    string? ForWhom,
    string? ByWhen,
    string? Where,
    string? Benefit,
    bool HumanRequested,
    IReadOnlyList<string> TriedArticles,
    string Description,
    string Language,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? DeadlineAt,
    IReadOnlyList<JournalView> Journal)
{
    /// <summary>The technicians' side: owner, assignment, hand-offs, solution, intervention reports.</summary>
    public HandlingView? Handling { get; init; }

    /// <summary>Due times (business time, the desk's offsets), take-charge, resolution, pauses, alerts, satisfaction.</summary>
    public ServiceLevelView? ServiceLevel { get; init; }

    /// <summary>The ticket, with its service level shown in <paramref name="zone"/> (the desk's).</summary>
    public static TicketView From(Ticket t, TimeZoneInfo zone) => From(t) with { ServiceLevel = ServiceLevelView.From(t, zone) };

    public static TicketView From(Ticket t) => new(
        t.Number, t.RequesterId, t.RequesterName, t.Type.ToString(), t.Status.ToString(), t.Outcome.ToString(), t.Impact?.ToString(), t.Urgency?.ToString(),
        t.Priority?.ToString(), t.Facts.Since, t.Facts.SinceText, t.Facts.Application, t.Facts.ErrorMessage, t.Facts.Environment,
        t.Facts.RecentChange, t.Facts.Reproducible, t.Facts.ForWhom, t.Facts.ByWhen, t.Facts.Where, t.Facts.Benefit, t.HumanRequested, t.TriedArticles,
        t.Description, t.Language, t.OpenedAt, t.UpdatedAt, t.DueAt, t.DeadlineAt,
        t.Journal.Select(j => new JournalView(j.At, j.Actor, j.Kind.ToString(), j.Text)).ToList()) { Handling = HandlingView.From(t) };
}
