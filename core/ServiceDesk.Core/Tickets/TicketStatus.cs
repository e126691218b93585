namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Where a ticket stands. Seed 002 §5.1: only a definitive solution lets a ticket be
/// <see cref="Closed"/>; a temporary one leaves it open. Reopening returns it to <see cref="InProgress"/>.
/// </summary>
public enum TicketStatus
{
    New,
    Assigned,
    InProgress,
    AwaitingUser,
    Resolved,
    Closed,
}
