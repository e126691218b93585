using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Adapters.Web;

/// <summary>What the page reads: the tickets through the core storage seam, the technicians, the SLA and the clock.</summary>
public sealed record DashboardContext(
    ITicketStore Tickets,
    TechnicianDirectory Directory,
    TechnicianDeskOptions Options,
    SlaPolicy Sla,
    TimeProvider Clock);
