using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary><c>/reopen N</c>: a resolved or closed ticket goes back in progress; its solution no longer counts.</summary>
public sealed class ReopenCommand : ITechnicianCommand
{
    public string Name => "reopen";

    public string Usage => "/reopen N";

    public string Summary => "rouvrir un ticket résolu ou clôturé";

    public string EnglishSummary => "reopen a resolved or closed ticket";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.Ticket(arguments.Ticket());
        if (ticket.Status is not (TicketStatus.Closed or TicketStatus.Resolved))
        {
            throw new CommandRejectedException(context.Phrases.Text($"{ticket.TicketNumber} est déjà ouvert ({DeskWords.Status(ticket.Status)}).", $"{ticket.TicketNumber} is already open ({DeskWords.Status(ticket.Status, context.Phrases)})."));
        }

        ticket = context.Save(ticket with { Status = TicketStatus.InProgress, Solution = null, PendingQuestion = RequesterQuestion.None },
            JournalKind.Action, $"Reopened by {context.Technician.Name}.");
        context.TellRequester(ticket, RequesterNotices.Reopened(ticket));
        context.Reply(context.Phrases.Text($"{ticket.TicketNumber} rouvert.", $"{ticket.TicketNumber} reopened."));
    }
}
