using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/assign N technician</c>: gives the ticket to a colleague, who is told. A level-1 colleague receiving a ticket
/// nobody owns becomes its owner (seed 002 §5.2).
/// </summary>
public sealed class AssignCommand : ITechnicianCommand
{
    public string Name => "assign";

    public string Usage => "/assign N technicien";

    public string Summary => "attribuer à un technicien";

    public string EnglishSummary => "assign to a technician";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.OpenTicket(arguments.Ticket());
        var name = arguments.RequiredRest();
        var target = context.Directory.Named(name)
            ?? throw new CommandRejectedException(context.Phrases.Text(
                $"Technicien inconnu : « {name} ». Techniciens : {string.Join(", ", context.Directory.All.Select(t => t.Name))}.",
                $"Unknown technician: \"{name}\". Technicians: {string.Join(", ", context.Directory.All.Select(t => t.Name))}."));
        ticket = context.Save(ticket with
        {
            AssignedTo = target.Id,
            AssignedGroup = null,
            LiveWith = ticket.LiveWith == target.Id ? target.Id : null,
            Status = ticket.Status == TicketStatus.New ? TicketStatus.Assigned : ticket.Status,
            Owner = ticket.Owner ?? (target.Level == SupportLevel.Level1 ? target.Id : null),
        }, JournalKind.Action, $"Assigned to {target.Name} by {context.Technician.Name}.");
        context.Notify(target, p => p.Text(
            $"{context.Technician.Name} vous a attribué {ticket.TicketNumber} ({DeskWords.Requester(ticket)}, {ticket.Priority}) : « {DeskWords.Abbreviate(ticket.Description)} ». /show {ticket.Number}, /take {ticket.Number}.",
            $"{context.Technician.Name} assigned {ticket.TicketNumber} to you ({DeskWords.Requester(ticket)}, {ticket.Priority}): \"{DeskWords.Abbreviate(ticket.Description)}\". /show {ticket.Number}, /take {ticket.Number}."));
        context.Reply(context.Phrases.Text($"{ticket.TicketNumber} attribué à {target.Name}.", $"{ticket.TicketNumber} assigned to {target.Name}."));
    }
}
