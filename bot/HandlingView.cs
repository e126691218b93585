using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot;

/// <summary>Who handles a ticket and what they did, as <c>tickets show --json</c> prints it.</summary>
internal sealed record HandlingView(
    string? Owner,
    string? AssignedTo,
    string? AssignedGroup,
    string Level,
    string? LiveWith,
    Solution? Solution,
    IReadOnlyList<Transfer> Transfers,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<InterventionReport> Reports)
{
    public static HandlingView From(Ticket t) =>
        new(t.Owner, t.AssignedTo, t.AssignedGroup, t.Level.ToString(), t.LiveWith, t.Solution, t.Transfers, t.Escalations, t.Reports);
}
