using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/take N</c>: the technician takes the ticket over. The bot stops answering the requester on it, tells them by
/// name who is handling it (seed 002 §6.1: "il est impératif que chaque intervenant informe l'initiateur de l'appel
/// qu'il prend en charge cet appel"), and relays both ways until <c>/release</c>. A level-1 technician who takes a
/// ticket nobody owns becomes its owner, who will close it (§5.2).
/// </summary>
public sealed class TakeCommand : ITechnicianCommand
{
    public string Name => "take";

    public string Usage => "/take N";

    public string Summary => "prendre en charge : le bot se tait et relaie la conversation";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var me = context.Technician;
        var ticket = context.OpenTicket(arguments.Ticket());
        if (ticket.LiveWith is { } other && other != me.Id)
        {
            throw new CommandRejectedException(
                $"{ticket.TicketNumber} est déjà en conversation avec {context.NameOf(other)} ; il faut d'abord /release {ticket.Number}, ou /assign {ticket.Number} pour le confier.");
        }

        ticket = context.Save(ticket with
        {
            AssignedTo = me.Id,
            AssignedGroup = null,
            LiveWith = me.Id,
            TakenAt = context.Now,
            TimeLimitPrompted = false,
            Status = ticket.Status == TicketStatus.Resolved ? TicketStatus.Resolved : TicketStatus.InProgress,
            Owner = ticket.Owner ?? (me.Level == SupportLevel.Level1 ? me.Id : null),
            Level = (SupportLevel)Math.Max((int)ticket.Level, (int)me.Level),
        }, JournalKind.Action, $"Taken by {me.Name} ({DeskWords.Level(me.Level)}).");
        ticket = context.TellRequester(ticket, RequesterNotices.Taken(ticket, me.Name));
        var relay = TicketAddress.Requester(ticket) is null
            ? "Ce demandeur n'est pas joignable par messagerie (demande reçue par téléphone, courrier ou en personne)."
            : $"Vos messages sans « / » dans notre conversation privée lui sont transmis (ou /say {ticket.Number} texte) ; /release {ticket.Number} pour rendre la main au bot.";
        context.Reply($"Vous avez pris {ticket.TicketNumber} ({DeskWords.Requester(ticket)}, {ticket.Priority}). {relay}");
        context.Announce($"{ticket.TicketNumber} pris en charge par {me.Name}.");
    }
}
