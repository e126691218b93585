using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// What the technicians' side of the desk is built from (one instance, shared by its parts); <see cref="Presence"/>,
/// when a channel reports it, tells who is on duty in the technicians' room; <see cref="Reach"/>, when the configuration
/// links people across channels, keys each as one requester and tells where the desk reaches them.
/// </summary>
public sealed record TechnicianDeskServices(
    ITicketStore Tickets,
    TechnicianDirectory Directory,
    CommandRegistry Registry,
    PriorityMatrix Matrix,
    SlaPolicy Sla,
    TechnicianDeskOptions Options,
    IDeskAudit Audit,
    PresenceBoard? Presence = null,
    People.RequesterReach? Reach = null);
