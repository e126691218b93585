using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/close N</c>, under seed 002 §5's two rules. Who (§5.2): "Dans la mesure où une seule personne doit suivre un
/// appel, il ne peut s'agir que de la personne qui a ouvert le dossier d'appel" — only the ticket's level-1 owner.
/// When (§5.1): "Un appel ne peut être clôturé que lorsqu'une solution définitive qui permet de résoudre l'incident
/// a été apportée."
/// </summary>
public sealed class CloseCommand : ITechnicianCommand
{
    public string Name => "close";

    public string Usage => "/close N";

    public string Summary => "clôturer (responsable de niveau 1, après une solution définitive)";

    public string EnglishSummary => "close (level-1 owner, after a definitive solution)";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.Ticket(arguments.Ticket());
        if (!ticket.IsOpen)
        {
            throw new CommandRejectedException(context.Phrases.Text($"{ticket.TicketNumber} est déjà clôturé.", $"{ticket.TicketNumber} is already closed."));
        }

        if (ticket.Owner != context.Technician.Id)
        {
            throw new CommandRejectedException(ticket.Owner is { } owner
                ? context.Phrases.Text(
                    $"Seul(e) {context.NameOf(owner)}, qui a ouvert ou pris {ticket.TicketNumber} au niveau 1 et le suit, peut le clôturer.",
                    $"Only {context.NameOf(owner)}, who opened or took {ticket.TicketNumber} at level 1 and follows it, can close it.")
                : context.Phrases.Text(
                    $"{ticket.TicketNumber} n'a pas encore de responsable de niveau 1 : seul le technicien de niveau 1 qui l'ouvre ou le prend (/take {ticket.Number}) pourra le clôturer.",
                    $"{ticket.TicketNumber} has no level-1 owner yet: only the level-1 technician who opens or takes it (/take {ticket.Number}) can close it."));
        }

        if (ticket.Solution is not { Kind: SolutionKind.Definitive } || ticket.Status != TicketStatus.Resolved)
        {
            var p = context.Phrases;
            var temporary = ticket.Solution is { Kind: SolutionKind.Temporary } t ? p.Text($" (solution temporaire seulement : {t.Text})", $" (a temporary solution only: {t.Text})") : "";
            throw new CommandRejectedException(p.Text(
                $"{ticket.TicketNumber} ne peut pas être clôturé : aucune solution définitive n'a été apportée{temporary}. D'abord /resolve {ticket.Number} definitive solution.",
                $"{ticket.TicketNumber} cannot be closed: no definitive solution was given{temporary}. First /resolve {ticket.Number} definitive solution."));
        }

        ticket = context.Save(ticket with { Status = TicketStatus.Closed, LiveWith = null, PendingQuestion = RequesterQuestion.None },
            JournalKind.Action, $"Closed by {context.Technician.Name}.");
        context.TellRequester(ticket, RequesterNotices.Closed(ticket));
        context.Reply(context.Phrases.Text($"{ticket.TicketNumber} clôturé.", $"{ticket.TicketNumber} closed."));
        context.Announce(ticket, $"{ticket.TicketNumber} clôturé par {context.Technician.Name}.");
    }
}
