namespace ServiceDesk.Core.Tickets;

/// <summary>
/// One line of a ticket's history: every message and action, with who and when
/// (seed 002 §4.3.1: always leave a trace of the diagnosis and of what was done).
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who: a requester's or technician's address, or "bot".</param>
/// <param name="Kind">What kind of entry (see <see cref="JournalKind"/>).</param>
/// <param name="Text">The message or a description of the action.</param>
public sealed record JournalEntry(DateTimeOffset At, string Actor, JournalKind Kind, string Text);
