namespace ServiceDesk.Core.Tickets;

/// <summary>How much the incident hinders the user's work (seed 002 §2.5.2.2: bloqué, ralenti, peut vivre avec).</summary>
public enum Urgency
{
    Blocked,
    SlowedDown,
    CanLiveWith,
}
