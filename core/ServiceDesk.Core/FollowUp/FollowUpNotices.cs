using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.FollowUp;

/// <summary>
/// What the requester is told by the follow-up, in the ticket's language: courteous, short, never blaming, and never
/// a promise of a technician's time (seed 002 §2.4).
/// </summary>
public static class FollowUpNotices
{
    public static string Reminder(Ticket ticket, int number) => (En(ticket)
        ? $"Hello, your request {ticket.TicketNumber} is still waiting for a reply from you{Last(ticket)}. Whenever you can, just answer here and the team will pick it up."
        : $"Bonjour, votre demande {ticket.TicketNumber} attend toujours un retour de votre part{Last(ticket)}. Dès que possible, répondez simplement ici et l'équipe reprendra la suite.")
        + (number > 1 ? (En(ticket) ? " Without news, it will soon be considered resolved." : " Sans nouvelles, elle sera bientôt considérée comme résolue.") : "");

    public static string AutoResolved(Ticket ticket, int reopenDays) => En(ticket)
        ? $"Without news from you, I consider your request {ticket.TicketNumber} resolved. If the problem is still there, just reply here within {reopenDays} days and it will be reopened."
        : $"Sans nouvelles de votre part, je considère votre demande {ticket.TicketNumber} comme résolue. Si le problème persiste, répondez simplement ici dans les {reopenDays} jours : elle sera rouverte.";

    public static string AutoClosed(Ticket ticket, int reopenDays) => En(ticket)
        ? $"Your request {ticket.TicketNumber} is now closed. If the problem comes back, just write here within {reopenDays} days and it will be reopened."
        : $"Votre demande {ticket.TicketNumber} est maintenant clôturée. Si le problème revient, écrivez-moi simplement ici dans les {reopenDays} jours : elle sera rouverte.";

    public static string SatisfactionQuestion(Ticket ticket) => En(ticket)
        ? "One last question: how satisfied are you with how your request was handled, from 1 to 5?"
        : "Une dernière question : êtes-vous satisfait(e) de la prise en charge de votre demande, de 1 à 5 ?";

    public static string SatisfactionThanks(Ticket ticket) => En(ticket)
        ? "Thank you for your answer, it helps the team!"
        : "Merci pour votre réponse, elle aide l'équipe !";

    public static string CommentQuestion(Ticket ticket) => En(ticket)
        ? "I am sorry it did not go well. Could you tell me in a few words what went wrong? I will pass it on to the team."
        : "Je suis désolé que cela ne se soit pas bien passé. Pouvez-vous me dire en quelques mots ce qui n'a pas été ? Je le transmets à l'équipe.";

    public static string CommentThanks(Ticket ticket) => En(ticket)
        ? $"Thank you, I have passed it on. If the problem is not really solved, just say so and I will reopen {ticket.TicketNumber}."
        : $"Merci, je l'ai transmis à l'équipe. Si le problème n'est pas vraiment résolu, dites-le-moi et je rouvrirai {ticket.TicketNumber}.";

    public static string Reopened(Ticket ticket) => En(ticket)
        ? $"I have reopened your request {ticket.TicketNumber}; the support team is following it again."
        : $"J'ai rouvert votre demande {ticket.TicketNumber} ; l'équipe support la suit de nouveau.";

    public static string OpenedAfter(Ticket ticket, Ticket old) => En(ticket)
        ? $"Your request {old.TicketNumber} was closed more than a few days ago, so I have opened a new request {ticket.TicketNumber}, linked to it. The support team will follow it."
        : $"Votre demande {old.TicketNumber} a été clôturée il y a plusieurs jours : j'ai ouvert une nouvelle demande {ticket.TicketNumber}, liée à la précédente. L'équipe support va la suivre.";

    private static string Last(Ticket ticket)
    {
        var asked = ticket.Journal.LastOrDefault(j => j.Kind == JournalKind.Action && j.Text.StartsWith("Awaiting the requester: ", StringComparison.Ordinal));
        return asked is null ? "" : " (" + asked.Text["Awaiting the requester: ".Length..] + ")";
    }

    private static bool En(Ticket ticket) => ticket.Language == "en";
}
