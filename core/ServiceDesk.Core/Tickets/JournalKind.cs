namespace ServiceDesk.Core.Tickets;

/// <summary>Kinds of journal entries, so the history can be filtered (messages vs actions vs notes).</summary>
public enum JournalKind
{
    /// <summary>A message from the requester.</summary>
    RequesterMessage,
    /// <summary>A message the bot or a technician sent to the requester.</summary>
    ReplyToRequester,
    /// <summary>A change of state or field (opened, qualified, assigned…).</summary>
    Action,
    /// <summary>An internal note, never shown to the requester.</summary>
    InternalNote,
    /// <summary>Handed to a specialist: beyond level-1 skills (seed 002 §4.3.3).</summary>
    Transfer,
    /// <summary>Handed up for lack of time, for something level 1 should have solved (seed 002 §4.3.3).</summary>
    Escalation,
    /// <summary>An intervention report (seed 002 §6.5).</summary>
    InterventionReport,
    /// <summary>A message a technician sent to the requester through the desk.</summary>
    TechnicianMessage,
}
