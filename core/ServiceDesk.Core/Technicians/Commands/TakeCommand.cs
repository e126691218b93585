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

    public string EnglishSummary => "take it over: the bot goes quiet and relays the conversation";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var me = context.Technician;
        var ticket = context.OpenTicket(arguments.Ticket());
        if (ticket.LiveWith is { } other && other != me.Id)
        {
            throw new CommandRejectedException(context.Phrases.Text(
                $"{ticket.TicketNumber} est déjà en conversation avec {context.NameOf(other)} ; il faut d'abord /release {ticket.Number}, ou /assign {ticket.Number} pour le confier.",
                $"{ticket.TicketNumber} is already in conversation with {context.NameOf(other)}; first /release {ticket.Number}, or /assign {ticket.Number} to hand it over."));
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
            ? context.Phrases.Text(
                "Ce demandeur n'est pas joignable par messagerie (demande reçue par téléphone, courrier ou en personne).",
                "This requester cannot be reached by chat (request received by phone, mail or in person).")
            : context.Phrases.Text(
                $"Vos messages sans « / » dans notre conversation privée lui sont transmis (ou /say {ticket.Number} texte) ; /release {ticket.Number} pour rendre la main au bot.",
                $"Your messages without \"/\" in our private chat are passed on to them (or /say {ticket.Number} text); /release {ticket.Number} to hand back to the bot.");
        context.Reply(context.Phrases.Text($"Vous avez pris {ticket.TicketNumber} ({DeskWords.Requester(ticket)}, {ticket.Priority}). {relay}", $"You took {ticket.TicketNumber} ({DeskWords.Requester(ticket)}, {ticket.Priority}). {relay}"));
        context.Announce(ticket, $"{ticket.TicketNumber} pris en charge par {me.Name}.");
    }
}
