namespace ServiceDesk.Core.Qualification;

/// <summary>
/// One row of seed 002's "Indicateurs de traitement des priorités": how fast an incident of a priority
/// must be detected and resolved, and the maximum delay past which it is late.
/// </summary>
public sealed record SlaTarget(TimeSpan Detection, TimeSpan Resolution, TimeSpan Maximum);
