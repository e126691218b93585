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
}
