using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary><c>/wait N [message]</c>: the ticket waits for the requester, who is told (with the message, if any).</summary>
public sealed class WaitCommand : ITechnicianCommand
{
    public string Name => "wait";

    public string Usage => "/wait N [message au demandeur]";

    public string Summary => "en attente de l'utilisateur";

    public string EnglishSummary => "awaiting the user";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.OpenTicket(arguments.Ticket());
        var message = arguments.Rest();
        ticket = context.Save(ticket with { Status = TicketStatus.AwaitingUser }, JournalKind.Action,
            "Awaiting the requester" + (message.Length > 0 ? $": {message}" : "."));
        context.TellRequester(ticket, RequesterNotices.Waiting(ticket, message));
        context.Reply(context.Phrases.Text($"{ticket.TicketNumber} est en attente de l'utilisateur.", $"{ticket.TicketNumber} is awaiting the user."));
    }
}
