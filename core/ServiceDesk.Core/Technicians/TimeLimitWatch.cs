using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Prompts a level-1 technician whose ticket is still open past the level-1 time limit to transfer or escalate it.
/// Seed 002 §4.3.2: "Dans les hotlines grand public, cette durée est de l'ordre de 10mn"; §4.3.3: "lorsque le
/// technicien a commencé à traiter l'appel et qu'il s'aperçoit qu'il approche du temps limite et qu'il est loin de
/// la solution, il va affecter l'appel au niveau 2." Each taking is prompted once.
/// </summary>
public sealed class TimeLimitWatch(TechnicianDeskServices desk)
{
    /// <summary>The prompts due now for technicians reachable on <paramref name="channel"/>; marks those tickets as prompted.</summary>
    public IReadOnlyList<OutboundMessage> Check(DateTimeOffset now, string channel)
    {
        var limit = desk.Options.Level1TimeLimit;
        var prompts = new List<OutboundMessage>();
        foreach (var ticket in desk.Tickets.TakenAndOpen())
        {
            if (ticket is not { Level: SupportLevel.Level1, TakenAt: { } taken, TimeLimitPrompted: false } || ticket.Status == TicketStatus.Resolved
                || now - taken < limit
                || desk.Directory.ById(ticket.AssignedTo) is not { Level: SupportLevel.Level1 } technician
                || technician.AddressOn(channel) is not { } to)
            {
                continue;
            }

            var minutes = (int)(now - taken).TotalMinutes;
            desk.Tickets.Save(ticket.WithJournal(new JournalEntry(now, "bot", JournalKind.Action,
                $"Level-1 time limit reached ({minutes} min): {technician.Name} prompted to transfer or escalate.")) with { TimeLimitPrompted = true });
            prompts.Add(new OutboundMessage(to, DeskPhrasebook.For(technician).Text(
                $"{ticket.TicketNumber} est ouvert au niveau 1 depuis {minutes} min (limite : {(int)limit.TotalMinutes} min). Au-delà, il faut passer la main : "
                + $"/transfer {ticket.Number} groupe raison s'il dépasse les compétences du niveau 1, /escalate {ticket.Number} raison si c'est le temps qui manque.",
                $"{ticket.TicketNumber} has been open at level 1 for {minutes} min (limit: {(int)limit.TotalMinutes} min). Beyond that, hand it on: "
                + $"/transfer {ticket.Number} group reason if it is beyond level-1 skills, /escalate {ticket.Number} reason if time is what is missing.")));
        }

        return prompts;
    }
}
