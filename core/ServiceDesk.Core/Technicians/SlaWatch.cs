using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Warns the technicians' room before a ticket misses a target of seed 002's table: at 80 % of the business time and
/// at the deadline, once each (the flags live on the ticket, so a restart sends nothing twice). A missed take-charge
/// ("temps de détection") is journalled and puts the ticket in <c>/queue late</c>. A ticket waiting for its requester
/// has its clocks stopped and is not warned about.
/// </summary>
public sealed class SlaWatch(TechnicianDeskServices desk)
{
    private const double Near = 0.8;

    /// <summary>The room warnings due at <paramref name="now"/>; marks each ticket with what it was warned about.</summary>
    public IReadOnlyList<OutboundMessage> Check(DateTimeOffset now)
    {
        var messages = new List<OutboundMessage>();
        foreach (var ticket in desk.Tickets.OpenTickets())
        {
            if (ticket is not { Outcome: RequestOutcome.Ticket or RequestOutcome.Confidential, Priority: not null, AwaitingSince: null }
                || ticket.Status is TicketStatus.Resolved or TicketStatus.AwaitingUser || SlaClock.Current(ticket, now, desk.Sla) is not { } due)
            {
                continue;
            }

            var (updated, lines) = (ticket, new List<string>());
            if (ticket.TakenInChargeAt is null)
            {
                updated = Stage(updated, due.DetectBy, now, SlaAlerts.DetectionNear, SlaAlerts.DetectionMissed, "de prise en charge", "take-charge", lines);
            }

            updated = Stage(updated, due.ResolveBy, now, SlaAlerts.ResolutionNear, SlaAlerts.ResolutionMissed, "de résolution", "resolution", lines);
            updated = Stage(updated, due.MaximumBy, now, SlaAlerts.MaximumNear, SlaAlerts.MaximumMissed, "maximum", "maximum delay", lines);
            if (updated.SlaAlerts != ticket.SlaAlerts)
            {
                desk.Tickets.Save(updated);
                messages.AddRange(lines.SelectMany(line => Recipients(updated).Select(to => new OutboundMessage(to, line))));
            }
        }

        return messages;
    }

    /// <summary>The rooms; for a confidential request (issue 13), only whoever holds it, one to one, never a room.</summary>
    private IEnumerable<ChannelAddress> Recipients(Ticket ticket)
    {
        if (ticket.Outcome != RequestOutcome.Confidential)
        {
            return desk.Options.Rooms;
        }

        var holder = desk.Directory.ById(ticket.LiveWith) ?? desk.Directory.ById(ticket.AssignedTo) ?? desk.Directory.ById(ticket.Owner);
        return holder?.Addresses.Take(1) ?? [];
    }

    private Ticket Stage(Ticket ticket, DateTimeOffset dueAt, DateTimeOffset now, SlaAlerts near, SlaAlerts missed, string what, string name, List<string> lines)
    {
        if (ticket.SlaAlerts.HasFlag(missed))
        {
            return ticket;
        }

        var at = DeskWords.Time(dueAt, now, desk.Sla.Calendar.Zone);
        var head = $"{ticket.TicketNumber} {ticket.Priority} · {DeskWords.Requester(ticket)}";
        if (now >= dueAt)
        {
            var detection = missed == SlaAlerts.DetectionMissed;
            lines.Add(detection
                ? $"⚠ {head} : délai de prise en charge dépassé (échéance {at}) ; le ticket passe dans /queue late. /take {ticket.Number}"
                : $"⚠ {head} : délai {what} dépassé (échéance {at}).");
            return ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, detection
                ? $"Take-charge target missed (due {at}): escalated in /queue late."
                : $"SLA target missed: {name} (due {at}).")) with { SlaAlerts = ticket.SlaAlerts | near | missed };
        }

        if (ticket.SlaAlerts.HasFlag(near))
        {
            return ticket;
        }

        var total = desk.Sla.Elapsed(ticket.OpenedAt, dueAt, ticket.Pauses);
        if (desk.Sla.Elapsed(ticket.OpenedAt, now, ticket.Pauses) < total * Near)
        {
            return ticket;
        }

        lines.Add($"{head} : 80 % du délai {what} écoulé (échéance {at}).{(missed == SlaAlerts.DetectionMissed ? $" /take {ticket.Number}" : "")}");
        return ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, $"SLA warning posted: 80 % of the {name} time used (due {at}).")) with
        {
            SlaAlerts = ticket.SlaAlerts | near,
        };
    }
}
