namespace ServiceDesk.Core.Technicians.Commands;

/// <summary><c>/show N</c>: the ticket's facts, who holds it, its hand-offs and its latest journal lines.</summary>
public sealed class ShowCommand : ITechnicianCommand
{
    public string Name => "show";

    public string Usage => "/show N";

    public string Summary => "le détail d'un ticket";

    public string EnglishSummary => "a ticket's details";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.Ticket(arguments.Ticket());
        context.Reply(TicketSheet.Describe(ticket, context.Now, context.Options.Zone(), context.NameOf, context.Phrases));
    }
}
