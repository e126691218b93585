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
    /// <param name="now">The time of the post.</param>
    /// <param name="requesterId">Whose tickets; null for everyone's.</param>
    /// <param name="checkLater">
    /// When given, the tickets posted are added to it and the problem watch is left to <see cref="Proposals"/>, which the
    /// caller runs after its transaction: the watch compares the new incident with the incidents of its window, work that
    /// has no need to hold the store's one writer, which the ticket's opening took (<see cref="DeskRouter"/>).
    /// </param>
    public IReadOnlyList<OutboundMessage> Announce(DateTimeOffset now, string? requesterId = null, ICollection<Ticket>? checkLater = null)
    {
        var tickets = requesterId is null ? desk.Tickets.NotAnnounced() : desk.Tickets.OpenTicketsOf(requesterId);
        var messages = new List<OutboundMessage>();
        foreach (var ticket in tickets.Where(t => t.Outcome == RequestOutcome.Confidential && t.AnnouncedAt is null))
        {
            // Never in the room: each technician of the confidential group is told one to one, without the details.
            desk.Tickets.Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, "Confidential: told its group one to one.")) with { AnnouncedAt = now });
            foreach (var technician in desk.Directory.All.Where(t => t.IsIn(desk.Options.ConfidentialGroup)))
            {
                if (technician.Addresses.FirstOrDefault() is { Value.Length: > 0 } to)
                {
                    messages.Add(new OutboundMessage(to, DeskPhrasebook.For(technician).Text(
                        $"Nouvelle demande confidentielle {ticket.TicketNumber} (groupe {desk.Options.ConfidentialGroup}, jamais annoncée dans le salon) : /show {ticket.Number}",
                        $"New confidential request {ticket.TicketNumber} (group {desk.Options.ConfidentialGroup}, never posted in the room): /show {ticket.Number}")));
                }
            }
        }

        foreach (var ticket in tickets.Where(t => t.Outcome == RequestOutcome.Ticket && t.AnnouncedAt is null))
        {
            desk.Tickets.Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action, "Posted to the technicians' room.")) with { AnnouncedAt = now });
            var summary = TicketSheet.Summary(ticket, now, desk.Options.Zone());
            // The post opens the ticket's thread where the network has threads (Slack): its conversation follows there.
            messages.AddRange(desk.Options.Rooms.Select(room => new OutboundMessage(room, summary)
            {
                Thread = ThreadReference.ForTicket(ticket.Number), StartsThread = true,
            }));
            if (checkLater is not null)
            {
                checkLater.Add(ticket);
            }
            else
            {
                messages.AddRange(Proposals([ticket], now));
            }
        }

        return messages;
    }

    /// <summary>What the problem watch proposes to the room about <paramref name="posted"/>, new tickets just posted.</summary>
    public IReadOnlyList<OutboundMessage> Proposals(IEnumerable<Ticket> posted, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return problems is null
            ? []
            : [.. posted.Select(ticket => problems.Check(ticket, now)).OfType<string>()
                .SelectMany(proposal => desk.Options.Rooms.Select(room => new OutboundMessage(room, proposal)))];
    }
}
