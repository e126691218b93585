namespace ServiceDesk.Core.Technicians.Commands;

/// <summary><c>/say N text</c>: writes to the ticket's requester through the desk, signed with the technician's name.</summary>
public sealed class SayCommand : ITechnicianCommand
{
    public string Name => "say";

    public string Usage => "/say N texte";

    public string Summary => "écrire au demandeur";

    public string EnglishSummary => "write to the requester";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.OpenTicket(arguments.Ticket());
        var text = arguments.RequiredRest();
        Relay.ToRequester(context, ticket, text);
        context.Reply(context.Phrases.Text($"Transmis au demandeur de {ticket.TicketNumber}.", $"Sent to the requester of {ticket.TicketNumber}."));
    }
}
