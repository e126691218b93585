namespace ServiceDesk.Core.Problems;

/// <summary>Where a problem stands (seed 002 §4.4).</summary>
public enum ProblemStatus
{
    /// <summary>Incidents whose cause is not known yet.</summary>
    Open,
    /// <summary>Cause and workaround are known: published as a known-error article.</summary>
    KnownError,
    /// <summary>Fixed for good; the requesters of the linked open tickets were told.</summary>
    Resolved,
}
