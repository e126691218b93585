namespace ServiceDesk.Core.Tickets;

/// <summary>How fast the incident must be resolved, from impact × urgency (seed 002 §2.5.2.3). P1 is the most urgent.</summary>
public enum Priority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
}
