using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.FollowUp;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The requester's side of a ticket technicians act on: their yes/no to a question about it (does the solution
/// work, do they acknowledge the report), and, while a technician has taken it, their words relayed to that
/// technician instead of the bot answering. Only the requester's own tickets are ever looked at.
/// </summary>
public sealed class RequesterRelay(TechnicianDeskServices desk, TechnicianDesk technicians)
{
    private readonly AfterResolution _afterResolution = new(desk, technicians);

    /// <summary>
    /// True when the message was handled here, so the bot's own dialogue must not answer it. A yes or no answers the
    /// desk's pending question only while the dialogue itself asks nothing (<paramref name="dialogueIdle"/>).
    /// </summary>
    public bool TryHandle(InboundMessage message, DateTimeOffset now, bool dialogueIdle, DeskReplies replies)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(replies);
        var requesterId = message.RequesterId;
        var text = (message.Text ?? "").Trim();
        var tickets = desk.Tickets.OpenTicketsOf(requesterId).Where(t => t.Outcome is RequestOutcome.Ticket or RequestOutcome.Confidential).ToList();
        if (dialogueIdle && tickets.Where(t => t.PendingQuestion is RequesterQuestion.SolutionWorks or RequesterQuestion.ReportAcknowledgement).MaxBy(t => t.UpdatedAt) is { } asked
            && YesNoRecognizer.Recognize(text, asked.Language == "en" ? "en-US" : "fr-FR") is { } yes)
        {
            Answer(asked.WithJournal(new JournalEntry(now, requesterId, JournalKind.RequesterMessage, text)), yes, message.From, now, replies);
            return true;
        }

        if (dialogueIdle && _afterResolution.TryHandle(message, text, tickets, now, replies))
        {
            return true;
        }

        if (text.Length == 0 || Intents.IsStatusQuery(text) || tickets.Where(t => t.LiveWith is not null).MaxBy(t => t.TakenAt) is not { } live)
        {
            return false;
        }

        desk.Tickets.Save(live.WithJournal(new JournalEntry(now, requesterId, JournalKind.RequesterMessage, text)));
        Tell(technicians.Holder(live), message.From.Channel, $"{live.TicketNumber} · {Who(live)} : {text}", replies, live);
        return true;
    }

    /// <summary>What the requester added to tickets a technician holds (through the bot's dialogue) reaches that technician.</summary>
    public void ForwardAdditions(IReadOnlyList<Ticket> before, string channel, DeskReplies replies)
    {
        ArgumentNullException.ThrowIfNull(before);
        foreach (var old in before)
        {
            if (desk.Tickets.Find(old.TicketNumber) is not { } now || technicians.Holder(now) is not { } holder)
            {
                continue;
            }

            foreach (var added in now.Journal.Skip(old.Journal.Count).Where(j => j.Kind == JournalKind.RequesterMessage))
            {
                Tell(holder, channel, DeskPhrasebook.For(holder).Text($"{now.TicketNumber} · {Who(now)} ajoute : {added.Text}", $"{now.TicketNumber} · {Who(now)} adds: {added.Text}"), replies, now);
            }
        }
    }

    private void Answer(Ticket ticket, bool yes, ChannelAddress requester, DateTimeOffset now, DeskReplies replies)
    {
        if (ticket.PendingQuestion == RequesterQuestion.SolutionWorks)
        {
            AnswerSolution(ticket, yes, requester, now, replies);
        }
        else
        {
            AnswerReport(ticket, yes, requester, now, replies);
        }
    }

    /// <summary>"Does it work now?": yes confirms and prompts the owner to close; no reopens (the solution no longer counts).</summary>
    private void AnswerSolution(Ticket ticket, bool yes, ChannelAddress requester, DateTimeOffset now, DeskReplies replies)
    {
        var original = ticket;
        var reachable = TicketAddress.Requester(ticket) is not null;
        ticket = yes
            ? ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, "The requester confirmed the solution works.")) with
            {
                PendingQuestion = reachable ? RequesterQuestion.Satisfaction : RequesterQuestion.None,
                SatisfactionAskedAt = reachable ? now : null,
            }
            : ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, "Reopened: the requester says the solution does not work.")) with
            {
                PendingQuestion = RequesterQuestion.None,
                Status = TicketStatus.InProgress,
                Solution = null,
            };
        ticket = SlaClock.Follow(original, ticket, now, desk.Sla);
        Say(ticket, requester, yes ? RequesterNotices.SolutionConfirmed(ticket) : RequesterNotices.SolutionRejected(ticket), now, replies);
        if (yes && reachable)
        {
            // Then the satisfaction question, 1 to 5, one tap or one word.
            var question = FollowUpNotices.SatisfactionQuestion(ticket);
            desk.Tickets.Save(desk.Tickets.Find(ticket.TicketNumber)!.WithJournal(new JournalEntry(now, "bot", JournalKind.ReplyToRequester, question)));
            replies.AddRange([new OutboundMessage(requester, question) { Choices = SatisfactionScale.Choices(ticket.Language) }]);
        }

        var holder = technicians.Holder(ticket);
        var p = DeskPhrasebook.For(holder);
        Tell(holder, requester.Channel, yes
            ? p.Text($"{ticket.TicketNumber} : {Who(ticket)} confirme que la solution fonctionne. /close {ticket.Number}", $"{ticket.TicketNumber}: {Who(ticket)} confirms the solution works. /close {ticket.Number}")
            : p.Text($"{ticket.TicketNumber} rouvert : {Who(ticket)} indique que le problème persiste.", $"{ticket.TicketNumber} reopened: {Who(ticket)} says the problem persists."), replies, ticket);
    }

    /// <summary>The requester's acknowledgement of the last intervention report (seed 002 §6.5.2: the user's signature).</summary>
    private void AnswerReport(Ticket ticket, bool yes, ChannelAddress requester, DateTimeOffset now, DeskReplies replies)
    {
        var last = ticket.Reports[^1] with { Acknowledged = yes, AcknowledgedAt = now };
        ticket = ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action,
            yes ? $"Report {last.Number} acknowledged by the requester." : $"Report {last.Number} disputed by the requester.")) with
        {
            Reports = [.. ticket.Reports.SkipLast(1), last],
            PendingQuestion = RequesterQuestion.None,
        };
        Say(ticket, requester, yes ? RequesterNotices.ReportAcknowledged(ticket) : RequesterNotices.ReportDisputed(ticket), now, replies);
        var reader = desk.Directory.ById(last.Technician) ?? technicians.Holder(ticket);
        Tell(reader, requester.Channel, DeskPhrasebook.For(reader).Text(
            $"{ticket.TicketNumber} : {Who(ticket)} {(yes ? "accuse réception du" : "conteste le")} compte rendu {last.Number}.",
            $"{ticket.TicketNumber}: {Who(ticket)} {(yes ? "acknowledges" : "disputes")} report {last.Number}."), replies, ticket);
    }

    private void Say(Ticket ticket, ChannelAddress requester, string text, DateTimeOffset now, DeskReplies replies)
    {
        desk.Tickets.Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.ReplyToRequester, text)));
        replies.Add(requester, text);
    }

    /// <summary>To the technician, about <paramref name="ticket"/>: in its thread where the network has threads (Slack).</summary>
    private static void Tell(Technician? technician, string channel, string text, DeskReplies replies, Ticket ticket)
    {
        if (TechnicianDesk.Reach(technician, channel) is { } to)
        {
            replies.AddRange([new OutboundMessage(to, text) { Thread = ThreadReference.ForTicket(ticket.Number) }]);
        }
    }

    private static string Who(Ticket ticket) => ticket.RequesterName is { Length: > 0 } name ? name : ticket.ReplyAddress;
}
