using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>A technician's words to a requester: sent signed, and journaled as theirs.</summary>
internal static class Relay
{
    public static Ticket ToRequester(CommandContext context, Ticket ticket, string text)
    {
        if (TicketAddress.Requester(ticket) is not { } address)
        {
            throw new CommandRejectedException(context.Phrases.Text(
                $"Le demandeur de {ticket.TicketNumber} n'est pas joignable par messagerie (demande reçue par téléphone, courrier ou en personne).",
                $"The requester of {ticket.TicketNumber} cannot be reached by chat (request received by phone, mail or in person)."));
        }

        context.Replies.Add(address, RequesterNotices.FromTechnician(ticket, context.Technician.Name, text));
        return context.Save(ticket, JournalKind.TechnicianMessage, text);
    }
}
