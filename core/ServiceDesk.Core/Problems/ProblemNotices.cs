using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Problems;

/// <summary>
/// What requesters are told about the problem behind their ticket, in the ticket's language: courteous, short, and
/// never a promise of when (seed 002 §2.4: "vous ne devez avancer aucun chiffre").
/// </summary>
public static class ProblemNotices
{
    public static string Resolved(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Language == "en"
            ? $"Good news: the underlying problem behind your request {ticket.TicketNumber}, which affected several people, has been fixed. Could you check that everything works for you now? (yes / no)"
            : $"Bonne nouvelle : le problème à l'origine de votre demande {ticket.TicketNumber}, qui touchait plusieurs personnes, est résolu. Pouvez-vous vérifier que tout fonctionne de votre côté ? (oui / non)";
    }
}
