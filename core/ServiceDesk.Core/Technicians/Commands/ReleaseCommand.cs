using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary><c>/release N</c>: the technician hands the conversation back to the bot; the ticket stays theirs.</summary>
public sealed class ReleaseCommand : ITechnicianCommand
{
    public string Name => "release";

    public string Usage => "/release N";

    public string Summary => "rendre la conversation au bot";

    public string EnglishSummary => "hand the conversation back to the bot";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.Ticket(arguments.Ticket());
        if (ticket.LiveWith != context.Technician.Id)
        {
            throw new CommandRejectedException(context.Phrases.Text($"Vous n'êtes pas en conversation avec le demandeur de {ticket.TicketNumber}.", $"You are not talking with the requester of {ticket.TicketNumber}."));
        }

        ticket = context.Save(ticket with { LiveWith = null }, JournalKind.Action, $"Conversation handed back to the bot by {context.Technician.Name}.");
        context.TellRequester(ticket, RequesterNotices.Released(ticket, context.Technician.Name));
        context.Reply(context.Phrases.Text($"Le bot reprend la conversation de {ticket.TicketNumber} ; le ticket reste le vôtre.", $"The bot takes back the conversation of {ticket.TicketNumber}; the ticket stays yours."));
    }
}
