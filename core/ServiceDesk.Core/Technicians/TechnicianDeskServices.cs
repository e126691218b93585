using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// What the technicians' side of the desk is built from (one instance, shared by its parts); <see cref="Presence"/>,
/// when a channel reports it, tells who is on duty in the technicians' room.
/// </summary>
public sealed record TechnicianDeskServices(
    ITicketStore Tickets,
    TechnicianDirectory Directory,
    CommandRegistry Registry,
    PriorityMatrix Matrix,
    SlaPolicy Sla,
    TechnicianDeskOptions Options,
    IDeskAudit Audit,
    PresenceBoard? Presence = null);
