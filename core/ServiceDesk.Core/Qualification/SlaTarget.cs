namespace ServiceDesk.Core.Qualification;

/// <summary>
/// One row of seed 002's "Indicateurs de traitement des priorités": how fast an incident of a priority must be
/// detected (taken in charge) and resolved, the maximum delay past which it is late, and the success rates the desk
/// aims at for the first two ("Taux de réussite": 99/98/97/95 % and 98/97/95/90 %).
/// </summary>
public sealed record SlaTarget(TimeSpan Detection, TimeSpan Resolution, TimeSpan Maximum)
{
    /// <summary>Share of tickets of this priority that should be taken in charge within <see cref="Detection"/> (0–1).</summary>
    public double DetectionRate { get; init; } = 0.95;

    /// <summary>Share of tickets of this priority that should be resolved within <see cref="Resolution"/> (0–1).</summary>
    public double ResolutionRate { get; init; } = 0.90;
}
