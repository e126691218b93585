using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Posts each new ticket once to the technicians' rooms. A ticket is marked when posted, so the post survives a
/// restart: what was not posted yet is posted at the next start.
/// </summary>
/// <remarks>With a <see cref="ProblemWatch"/>, a new incident like several recent ones also proposes a problem record.</remarks>
public sealed class TicketAnnouncer(TechnicianDeskServices desk, ProblemWatch? problems = null)
{
    /// <summary>Posts the requester's (or, without one, everyone's) tickets not posted yet.</summary>
    public IReadOnlyList<OutboundMessage> Announce(DateTimeOffset now, string? requesterId = null)
    {
        var tickets = requesterId is null ? desk.Tickets.NotAnnounced() : desk.Tickets.OpenTicketsOf(requesterId);
        var messages = new List<OutboundMessage>();
        foreach (var ticket in tickets.Where(t => t.Outcome == RequestOutcome.Ticket && t.AnnouncedAt is null))
        {
            desk.Tickets.Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, "Posted to the technicians' room.")) with { AnnouncedAt = now });
            var summary = TicketSheet.Summary(ticket, now, desk.Options.Zone());
            messages.AddRange(desk.Options.Rooms.Select(room => new OutboundMessage(room, summary)));
            if (problems?.Check(ticket, now) is { } proposal)
            {
                messages.AddRange(desk.Options.Rooms.Select(room => new OutboundMessage(room, proposal)));
            }
        }

        return messages;
    }
}
