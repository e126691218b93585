using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.FollowUp;

/// <summary>
/// The requester's words after a resolution: their satisfaction score (1 to 5, one tap or one word), a comment after a
/// low score (1–2 also alerts the technicians' room with an offer to reopen), and a reply saying the problem is back,
/// which reopens the ticket, or, more than <see cref="FollowUpOptions.ReopenWithinDays"/> after its closure, opens a
/// new ticket linked to it.
/// </summary>
public sealed class AfterResolution(TechnicianDeskServices desk, TechnicianDesk technicians)
{
    /// <summary>True when the message was handled here. <paramref name="open"/> are the requester's open tickets.</summary>
    public bool TryHandle(InboundMessage message, string text, IReadOnlyList<Ticket> open, DateTimeOffset now, DeskReplies replies)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(open);
        if (text.Length == 0 || Intents.IsStatusQuery(text))
        {
            return false;
        }

        var asked = open.Where(t => t.PendingQuestion is RequesterQuestion.Satisfaction or RequesterQuestion.SatisfactionComment).MaxBy(t => t.UpdatedAt);
        if (asked is { PendingQuestion: RequesterQuestion.Satisfaction } && SatisfactionScale.Read(text) is { } score)
        {
            Score(Heard(asked, message, text, now), score, message.From, now, replies);
            return true;
        }

        if (asked is { PendingQuestion: RequesterQuestion.SatisfactionComment })
        {
            Comment(Heard(asked, message, text, now), text, message.From, now, replies);
            return true;
        }

        // While a technician talks with the requester, their words go to that technician instead.
        return open.All(t => t.LiveWith is null) && ReopenWords.Matches(text) && TryReopen(message, text, open, now, replies);
    }

    private void Score(Ticket ticket, int score, ChannelAddress requester, DateTimeOffset now, DeskReplies replies)
    {
        var low = score <= 2;
        ticket = ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, $"Satisfaction: {score}/5.")) with
        {
            Satisfaction = score,
            PendingQuestion = low ? RequesterQuestion.SatisfactionComment : RequesterQuestion.None,
        };
        Say(ticket, requester, low ? FollowUpNotices.CommentQuestion(ticket) : FollowUpNotices.SatisfactionThanks(ticket), now, replies);
        if (low)
        {
            Alert(ticket, $"⚠ {ticket.TicketNumber} : satisfaction {score}/5 de {DeskWords.Requester(ticket)}. Pour rouvrir : /reopen {ticket.Number}", replies);
        }
    }

    private void Comment(Ticket ticket, string text, ChannelAddress requester, DateTimeOffset now, DeskReplies replies)
    {
        ticket = ticket with { SatisfactionComment = text, PendingQuestion = RequesterQuestion.None };
        Say(ticket, requester, FollowUpNotices.CommentThanks(ticket), now, replies);
        Alert(ticket, $"{ticket.TicketNumber} · commentaire de {DeskWords.Requester(ticket)} ({ticket.Satisfaction}/5) : {text} — /reopen {ticket.Number} pour rouvrir", replies);
    }

    private bool TryReopen(InboundMessage message, string text, IReadOnlyList<Ticket> open, DateTimeOffset now, DeskReplies replies)
    {
        if (open.Where(t => t.Status == TicketStatus.Resolved && t.PendingQuestion == RequesterQuestion.None).MaxBy(t => t.ResolvedAt) is { } resolved)
        {
            Reopen(Heard(resolved, message, text, now), text, message.From, now, replies);
            return true;
        }

        if (open.Any(t => t.Status != TicketStatus.Resolved)
            || desk.Tickets.ClosedOf(message.RequesterId, now.AddDays(-90)).FirstOrDefault(t => t.Outcome == RequestOutcome.Ticket) is not { } closed)
        {
            return false;
        }

        if ((closed.ClosedAt ?? closed.UpdatedAt) >= now.AddDays(-desk.Options.FollowUp.ReopenWithinDays))
        {
            Reopen(Heard(closed, message, text, now), text, message.From, now, replies);
        }
        else
        {
            OpenAfter(closed, message, text, now, replies);
        }

        return true;
    }

    private void Reopen(Ticket ticket, string text, ChannelAddress requester, DateTimeOffset now, DeskReplies replies)
    {
        var before = ticket;
        ticket = SlaClock.Follow(before, before with { Status = TicketStatus.InProgress, Solution = null, PendingQuestion = RequesterQuestion.None }, now, desk.Sla)
            .WithJournal(new JournalEntry(now, "bot", JournalKind.Action, "Reopened: the requester wrote that the problem is back."));
        Say(ticket, requester, FollowUpNotices.Reopened(ticket), now, replies);
        Alert(ticket, $"{ticket.TicketNumber} rouvert : {DeskWords.Requester(ticket)} écrit « {DeskWords.Abbreviate(text, 100)} »", replies);
    }

    private void OpenAfter(Ticket old, InboundMessage message, string text, DateTimeOffset now, DeskReplies replies)
    {
        var ticket = desk.Tickets.Open(SlaClock.Stamp(new Ticket
        {
            RequesterId = old.RequesterId, ReplyChannel = message.From.Channel, ReplyAddress = message.From.Value, RequesterName = old.RequesterName,
            Description = text, Type = old.Type, Impact = old.Impact, Urgency = old.Urgency, Priority = old.Priority, Status = TicketStatus.New,
            Outcome = RequestOutcome.Ticket, Language = old.Language, Facts = old.Facts, OpenedAt = now, UpdatedAt = now, FollowsTicket = old.Number,
            Journal =
            [
                new(now, old.RequesterId, JournalKind.RequesterMessage, text),
                new(now, "bot", JournalKind.Action, $"Opened after {old.TicketNumber}, closed more than {desk.Options.FollowUp.ReopenWithinDays} days ago; same qualification."),
            ],
        }, desk.Sla));
        Say(ticket, message.From, FollowUpNotices.OpenedAfter(ticket, old), now, replies);
    }

    private Ticket Heard(Ticket ticket, InboundMessage message, string text, DateTimeOffset now) =>
        ticket.WithJournal(new JournalEntry(now, message.RequesterId, JournalKind.RequesterMessage, text));

    private void Say(Ticket ticket, ChannelAddress requester, string text, DateTimeOffset now, DeskReplies replies)
    {
        desk.Tickets.Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.ReplyToRequester, text)));
        replies.Add(requester, text);
    }

    /// <summary>The technicians' room, and whoever holds the ticket.</summary>
    private void Alert(Ticket ticket, string text, DeskReplies replies)
    {
        // A confidential request (issue 13) is never spoken of in a room.
        foreach (var room in ticket.Outcome == RequestOutcome.Confidential ? [] : desk.Options.Rooms)
        {
            replies.Add(room, text);
        }

        if (TechnicianDesk.Reach(technicians.Holder(ticket), ticket.ReplyChannel) is { } holder)
        {
            replies.Add(holder, text);
        }
    }
}
