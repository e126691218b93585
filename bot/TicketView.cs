using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot;

/// <summary>A ticket as <c>tickets list|show --json</c> prints it: flat, stable names, ISO dates.</summary>
internal sealed record TicketView(
    int Number,
    string Requester,
    string? RequesterName,
    string Type,
    string Status,
    string? Impact,
    string? Urgency,
    string? Priority,
    DateTimeOffset? Since,
    string? SinceText,
    string? Application,
    string? ErrorMessage,
    string? Environment,
    string Description,
    string Language,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? DeadlineAt,
    IReadOnlyList<JournalView> Journal)
{
    public static TicketView From(Ticket t) => new(
        t.Number, t.RequesterId, t.RequesterName, t.Type.ToString(), t.Status.ToString(), t.Impact?.ToString(), t.Urgency?.ToString(),
        t.Priority?.ToString(), t.Facts.Since, t.Facts.SinceText, t.Facts.Application, t.Facts.ErrorMessage, t.Facts.Environment,
        t.Description, t.Language, t.OpenedAt, t.UpdatedAt, t.DueAt, t.DeadlineAt,
        t.Journal.Select(j => new JournalView(j.At, j.Actor, j.Kind.ToString(), j.Text)).ToList());
}
