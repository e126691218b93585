using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/escalate N reason</c>: hands the ticket up one level for lack of time, although the current level could have
/// solved it. Seed 002 §4.3.3: "il aurait pu traiter l'appel, c'est le manque de temps qui l'en a empêché. L'action
/// qui consiste à affecter l'appel au niveau 2 s'appelle une escalade." Recorded as an <see cref="Escalation"/>.
/// </summary>
public sealed class EscalateCommand : ITechnicianCommand
{
    public string Name => "escalate";

    public string Usage => "/escalate N raison";

    public string Summary => "escalade : manque de temps pour un ticket du niveau 1";

    public string EnglishSummary => "escalation: no time left for a level-1 ticket";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.OpenTicket(arguments.Ticket());
        var reason = arguments.RequiredRest();
        if (ticket.Level == SupportLevel.Level3)
        {
            throw new CommandRejectedException(context.Phrases.Text($"{ticket.TicketNumber} est déjà au niveau 3 : il ne peut pas être escaladé plus haut.", $"{ticket.TicketNumber} is already at level 3: it cannot be escalated higher."));
        }

        var toLevel = ticket.Level + 1;
        var held = ticket.TakenAt is { } taken ? (int?)(context.Now - taken).TotalMinutes : null;
        var escalation = new Escalation(context.Now, context.Technician.Id, ticket.Level, toLevel, reason, held);
        ticket = context.Save(ticket with
        {
            Escalations = [.. ticket.Escalations, escalation],
            Level = toLevel,
            AssignedGroup = null,
            AssignedTo = null,
            LiveWith = null,
            TakenAt = null,
            Status = TicketStatus.New,
        }, JournalKind.Escalation, $"Escalated to {DeskWords.Level(toLevel)} by {context.Technician.Name}: {reason}");
        context.TellRequester(ticket, RequesterNotices.PassedOn(ticket));
        context.Reply(context.Phrases.Text(
            $"{ticket.TicketNumber} escaladé au {DeskWords.Level(toLevel)} : escalade, faute de temps au {DeskWords.Level(escalation.FromLevel)}.",
            $"{ticket.TicketNumber} escalated to {DeskWords.Level(toLevel, context.Phrases)}: an escalation, for lack of time at {DeskWords.Level(escalation.FromLevel, context.Phrases)}."));
        context.Announce(ticket, $"{ticket.TicketNumber} escaladé au {DeskWords.Level(toLevel)} par {context.Technician.Name} : {reason}. /take {ticket.Number}");
    }
}
