using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.FollowUp;

/// <summary>
/// The desk's follow-up, checked on every tick from what the store holds (so a restart recomputes it and sends nothing
/// twice): a ticket waiting for its requester resumes when they write, gets courteous reminders after
/// <see cref="FollowUpOptions.RemindAfterDays"/> opening days, and is resolved automatically with a note after
/// <see cref="FollowUpOptions.AutoResolveAfterDays"/>, the requester told how to reopen; a resolved ticket closes
/// after <see cref="FollowUpOptions.AutoCloseAfterDays"/> opening days without an answer.
/// </summary>
public sealed class FollowUpWatch(TechnicianDeskServices desk, TechnicianDesk technicians)
{
    private FollowUpOptions Options => desk.Options.FollowUp;

    private Calendar.BusinessCalendar Calendar => desk.Sla.Calendar;

    public IReadOnlyList<OutboundMessage> Check(DateTimeOffset now)
    {
        var replies = new DeskReplies();
        foreach (var ticket in desk.Tickets.OpenTickets().Where(t => t.Outcome is RequestOutcome.Ticket or RequestOutcome.Confidential))
        {
            if (ticket is { Status: TicketStatus.AwaitingUser, AwaitingSince: { } since })
            {
                Waiting(ticket, since, now, replies);
            }
            else if (ticket is { Status: TicketStatus.Resolved, ResolvedAt: { } resolved }
                && ticket.PendingQuestion != RequesterQuestion.ReportAcknowledgement
                && Calendar.AddOpeningDays(resolved, Options.AutoCloseAfterDays) <= now)
            {
                Close(ticket, now, replies);
            }
        }

        return replies.Messages;
    }

    private void Waiting(Ticket ticket, DateTimeOffset since, DateTimeOffset now, DeskReplies replies)
    {
        if (ticket.Journal.FirstOrDefault(j => j.Kind == JournalKind.RequesterMessage && j.At >= since) is { } answer)
        {
            // The requester wrote: the clocks run again from their message.
            var resumed = SlaClock.Follow(ticket, ticket with { Status = TicketStatus.InProgress }, answer.At, desk.Sla);
            Save(resumed, now, "The requester answered: the ticket is in progress again and its SLA clocks run.");
            Tell(ticket, replies, $"{ticket.TicketNumber} : {DeskWords.Requester(ticket)} a répondu ; le ticket reprend (/show {ticket.Number}).");
            return;
        }

        var due = Options.RemindAfterDays.Count(days => Calendar.AddOpeningDays(since, days) <= now);
        if (due > ticket.RemindersSent && TicketAddress.Requester(ticket) is { } requester)
        {
            // After a long stop several may be due: one reminder, the latest, never a burst.
            var text = FollowUpNotices.Reminder(ticket, due);
            replies.Add(requester, text);
            Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.ReplyToRequester, text)) with { RemindersSent = due }, now,
                $"Reminder {due} sent to the requester.");
            return;
        }

        if (due >= Options.RemindAfterDays.Count && Calendar.AddOpeningDays(since, Options.AutoResolveAfterDays) <= now)
        {
            AutoResolve(ticket, now, replies);
        }
    }

    private void AutoResolve(Ticket ticket, DateTimeOffset now, DeskReplies replies)
    {
        var note = $"Resolved automatically: no answer from the requester after {ticket.RemindersSent} reminder(s).";
        var resolved = SlaClock.Follow(ticket, ticket with
        {
            Status = TicketStatus.Resolved,
            Solution = new Solution(SolutionKind.Definitive, "résolu automatiquement, sans retour du demandeur", "bot", now),
            PendingQuestion = RequesterQuestion.None,
        }, now, desk.Sla).WithJournal(new JournalEntry(now, "bot", JournalKind.InternalNote, note));
        var text = FollowUpNotices.AutoResolved(ticket, Options.ReopenWithinDays);
        if (TicketAddress.Requester(ticket) is { } requester)
        {
            replies.Add(requester, text);
            resolved = resolved.WithJournal(new JournalEntry(now, "bot", JournalKind.ReplyToRequester, text));
        }

        desk.Tickets.Save(resolved);
        Tell(ticket, replies, $"{ticket.TicketNumber} résolu automatiquement : pas de retour de {DeskWords.Requester(ticket)} après {ticket.RemindersSent} relance(s).");
    }

    private void Close(Ticket ticket, DateTimeOffset now, DeskReplies replies)
    {
        var closed = SlaClock.Follow(ticket, ticket with { Status = TicketStatus.Closed, LiveWith = null, PendingQuestion = RequesterQuestion.None }, now, desk.Sla)
            .WithJournal(new JournalEntry(now, "bot", JournalKind.Action, $"Closed automatically after {Options.AutoCloseAfterDays} business days without an answer."));
        var text = FollowUpNotices.AutoClosed(ticket, Options.ReopenWithinDays);
        if (TicketAddress.Requester(ticket) is { } requester)
        {
            replies.Add(requester, text);
            closed = closed.WithJournal(new JournalEntry(now, "bot", JournalKind.ReplyToRequester, text));
        }

        desk.Tickets.Save(closed);
        foreach (var room in ticket.Outcome == RequestOutcome.Confidential ? [] : desk.Options.Rooms)
        {
            replies.Add(room, $"{ticket.TicketNumber} clôturé automatiquement ({Options.AutoCloseAfterDays} jours ouvrés sans réponse après sa résolution).");
        }
    }

    private void Save(Ticket ticket, DateTimeOffset now, string action) =>
        desk.Tickets.Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, action)));

    /// <summary>Whoever holds the ticket hears it; without a holder, the room.</summary>
    private void Tell(Ticket ticket, DeskReplies replies, string text)
    {
        if (TechnicianDesk.Reach(technicians.Holder(ticket), desk.Options.Rooms.FirstOrDefault().Channel ?? "xmpp") is { } to)
        {
            replies.Add(to, text);
            return;
        }

        // A confidential request (issue 13) is never spoken of in a room.
        foreach (var room in ticket.Outcome == RequestOutcome.Confidential ? [] : desk.Options.Rooms)
        {
            replies.Add(room, text);
        }
    }
}
