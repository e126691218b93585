using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// What the requester is told when technicians act on their ticket, in the ticket's language. Never a promise of
/// when a technician will act or how long it will take (seed 002 §2.4: "vous ne devez avancer aucun chiffre").
/// </summary>
public static class RequesterNotices
{
    public static string Taken(Ticket ticket, string technician) => En(ticket)
        ? $"{technician}, from the support team, is now handling your request {ticket.TicketNumber}. Your messages here are passed on to them."
        : $"{technician}, de l'équipe support, prend en charge votre demande {ticket.TicketNumber}. Vos messages ici lui sont transmis.";

    public static string FromTechnician(Ticket ticket, string technician, string text) =>
        En(ticket) ? $"{technician}: {text}" : $"{technician} : {text}";

    public static string PassedOn(Ticket ticket) => En(ticket)
        ? $"Your request {ticket.TicketNumber} has been passed to a specialist. You will be kept informed here, and what you write here still reaches the team."
        : $"Votre demande {ticket.TicketNumber} a été confiée à un spécialiste. Vous serez informé(e) de la suite ici, et ce que vous écrivez ici parvient toujours à l'équipe.";

    public static string Waiting(Ticket ticket, string text) => En(ticket)
        ? $"Your request {ticket.TicketNumber} is waiting for a reply from you{(text.Length > 0 ? ": " + text : ".")}"
        : $"Votre demande {ticket.TicketNumber} attend un retour de votre part{(text.Length > 0 ? " : " + text : ".")}";

    public static string Resolved(Ticket ticket, string solution) => En(ticket)
        ? $"Your request {ticket.TicketNumber} is resolved: {solution}. Could you confirm that everything works now? (yes / no)"
        : $"Votre demande {ticket.TicketNumber} est résolue : {solution}. Pouvez-vous me confirmer que tout fonctionne ? (oui / non)";

    public static string TemporarySolution(Ticket ticket, string solution) => En(ticket)
        ? $"A temporary solution is in place for your request {ticket.TicketNumber}: {solution}. The request stays open until a definitive solution."
        : $"Une solution temporaire est en place pour votre demande {ticket.TicketNumber} : {solution}. La demande reste ouverte jusqu'à la solution définitive.";

    public static string Closed(Ticket ticket) => En(ticket)
        ? $"Your request {ticket.TicketNumber} is now closed. Thank you for your patience; do not hesitate to write again if needed."
        : $"Votre demande {ticket.TicketNumber} est clôturée. Merci pour votre patience ; n'hésitez pas à revenir vers moi si besoin.";

    public static string Reopened(Ticket ticket) => En(ticket)
        ? $"Your request {ticket.TicketNumber} has been reopened; the support team is following it again."
        : $"Votre demande {ticket.TicketNumber} est rouverte ; l'équipe support la suit de nouveau.";

    public static string Released(Ticket ticket, string technician) => En(ticket)
        ? $"{technician} has handed the conversation back to me. Your request {ticket.TicketNumber} is still being followed; I am here if you need me."
        : $"{technician} m'a rendu la main. Votre demande {ticket.TicketNumber} reste suivie ; je suis là si vous avez besoin de moi.";

    public static string Recorded(Ticket ticket, string technician) => En(ticket)
        ? $"Hello, {technician} recorded your request under number {ticket.TicketNumber}: \"{DeskWords.Abbreviate(ticket.Description)}\". You can follow it here."
        : $"Bonjour, {technician} a enregistré votre demande sous le numéro {ticket.TicketNumber} : « {DeskWords.Abbreviate(ticket.Description)} ». Vous pouvez en suivre l'avancement ici.";

    public static string Report(Ticket ticket, InterventionReport report, string start, string end)
    {
        ArgumentNullException.ThrowIfNull(report);
        return En(ticket)
            ? $"Intervention report for your request {ticket.TicketNumber} — {report.TechnicianName}, {start}–{end} ({report.TimeSpentMinutes} min). Done: {report.Done}. Parts: {report.Parts}. Next: {report.Next}. Could you acknowledge this report? (yes / no)"
            : $"Compte rendu d'intervention sur votre demande {ticket.TicketNumber} — {report.TechnicianName}, {start}–{end} ({report.TimeSpentMinutes} min). Réalisé : {report.Done}. Pièces : {report.Parts}. Suite : {report.Next}. Pouvez-vous en accuser réception ? (oui / non)";
    }

    public static string SolutionConfirmed(Ticket ticket) => En(ticket)
        ? $"Thank you for confirming! I have let the technician know; your request {ticket.TicketNumber} will be closed."
        : $"Merci pour votre confirmation ! J'ai prévenu le technicien ; votre demande {ticket.TicketNumber} va être clôturée.";

    public static string SolutionRejected(Ticket ticket) => En(ticket)
        ? $"I am sorry the problem is still there. I have reopened your request {ticket.TicketNumber} and told the technician."
        : $"Désolé que le problème persiste. J'ai rouvert votre demande {ticket.TicketNumber} et prévenu le technicien.";

    public static string ReportAcknowledged(Ticket ticket) => En(ticket)
        ? $"Thank you, your acknowledgement of the report on {ticket.TicketNumber} is recorded."
        : $"Merci, votre accusé de réception du compte rendu sur {ticket.TicketNumber} est enregistré.";

    public static string ReportDisputed(Ticket ticket) => En(ticket)
        ? $"Noted. I have told the technician; feel free to write here what is not right in the report on {ticket.TicketNumber}."
        : $"Bien noté. J'ai prévenu le technicien ; n'hésitez pas à écrire ici ce qui ne va pas dans le compte rendu sur {ticket.TicketNumber}.";

    private static bool En(Ticket ticket) => ticket.Language == "en";
}
