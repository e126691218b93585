using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Qualification;

/// <summary>
/// Keeps a ticket's SLA facts in step with its status, whoever changed it: the pause while it waits for the
/// requester (seed 002's times count the desk's work, not the requester's silence), the first take-charge, the
/// resolution and closure times, reopenings, and the due times recomputed when a pause ends.
/// </summary>
public static class SlaClock
{
    /// <summary>A new ticket with its three due times from the table, in business time.</summary>
    public static Ticket Stamp(Ticket ticket, SlaPolicy sla)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(sla);
        if (ticket.Priority is not { } priority)
        {
            return ticket;
        }

        var due = sla.Deadlines(ticket.OpenedAt, priority, ticket.Pauses);
        return ticket with { DetectionDueAt = due.DetectBy, DueAt = due.ResolveBy, DeadlineAt = due.MaximumBy };
    }

    /// <summary>
    /// <paramref name="after"/> with its SLA facts brought up to date at <paramref name="now"/>, given what the store
    /// held before (<paramref name="before"/>, null for a new ticket).
    /// </summary>
    public static Ticket Follow(Ticket? before, Ticket after, DateTimeOffset now, SlaPolicy sla)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(sla);
        var was = before?.Status;
        if (after.Status == TicketStatus.AwaitingUser && was != TicketStatus.AwaitingUser)
        {
            after = after with { AwaitingSince = now, RemindersSent = 0 };
        }
        else if (after.Status != TicketStatus.AwaitingUser && after.AwaitingSince is { } since)
        {
            after = Stamp(after with { AwaitingSince = null, RemindersSent = 0, Pauses = [.. after.Pauses, new SlaPause(since, now)] }, sla);
        }

        if (after.TakenInChargeAt is null && (after.AssignedTo is not null || after.Outcome == RequestOutcome.SelfService))
        {
            after = after with { TakenInChargeAt = now };
        }

        if (after.Status == TicketStatus.Resolved && was != TicketStatus.Resolved)
        {
            after = after with { ResolvedAt = now };
        }

        if (after.Status == TicketStatus.Closed && was != TicketStatus.Closed)
        {
            after = after with { ClosedAt = now, ResolvedAt = after.ResolvedAt ?? now };
        }

        if (was is TicketStatus.Resolved or TicketStatus.Closed && after.Status is not (TicketStatus.Resolved or TicketStatus.Closed))
        {
            after = after with { ReopenCount = after.ReopenCount + 1, ResolvedAt = null, ClosedAt = null, Satisfaction = null, SatisfactionComment = null };
        }

        return after;
    }

    /// <summary>
    /// The ticket's due times as of <paramref name="now"/>: while it waits for the requester they move on with the
    /// clock stopped; null without a priority.
    /// </summary>
    public static SlaDeadlines? Current(Ticket ticket, DateTimeOffset now, SlaPolicy sla)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(sla);
        if (ticket.Priority is not { } priority)
        {
            return null;
        }

        return ticket.AwaitingSince is null && ticket.DetectionDueAt is { } detect && ticket.DueAt is { } resolve && ticket.DeadlineAt is { } maximum
            ? new SlaDeadlines(detect, resolve, maximum)
            : sla.Deadlines(ticket.OpenedAt, priority, PausesUntil(ticket, now));
    }

    /// <summary>
    /// Late in <c>/queue late</c>: past its maximum delay, or not taken in charge past its detection time (a missed
    /// take-charge escalates the ticket's visibility).
    /// </summary>
    public static bool IsLate(Ticket ticket, DateTimeOffset now, SlaPolicy sla)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Status is not (TicketStatus.Resolved or TicketStatus.Closed) && IsLate(ticket, Current(ticket, now, sla), now);
    }

    /// <summary><see cref="IsLate(Ticket, DateTimeOffset, SlaPolicy)"/> on due times already computed for the ticket.</summary>
    public static bool IsLate(Ticket ticket, SlaDeadlines? due, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return due is not null && ticket.Status is not (TicketStatus.Resolved or TicketStatus.Closed)
            && (due.MaximumBy <= now || (ticket.TakenInChargeAt is null && due.DetectBy <= now));
    }

    /// <summary>The pauses so far, the current one (if the ticket waits now) ending at <paramref name="now"/>.</summary>
    public static IReadOnlyList<SlaPause> PausesUntil(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.AwaitingSince is { } since ? [.. ticket.Pauses, new SlaPause(since, now)] : ticket.Pauses;
    }
}
