using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Indicators;

/// <summary>
/// One priority's SLA compliance against seed 002's table: share of decided tickets that met each target, beside the
/// target success rate ("Taux de réussite"). A target is decided once met, or once its due time has passed.
/// </summary>
public sealed record PriorityCompliance(
    Priority Priority,
    int Tickets,
    double? Detection,
    double DetectionGoal,
    double? Resolution,
    double ResolutionGoal,
    double? Maximum);
