namespace ServiceDesk.Core.Tickets;

/// <summary>
/// Which SLA warnings the technicians' room already had for a ticket, kept on the ticket so that each is sent once,
/// also across restarts.
/// </summary>
[Flags]
public enum SlaAlerts
{
    None = 0,
    /// <summary>80 % of the take-charge time used.</summary>
    DetectionNear = 1,
    /// <summary>Take-charge time passed without a technician: escalated in <c>/queue late</c> and journalled.</summary>
    DetectionMissed = 2,
    ResolutionNear = 4,
    ResolutionMissed = 8,
    MaximumNear = 16,
    MaximumMissed = 32,
}
