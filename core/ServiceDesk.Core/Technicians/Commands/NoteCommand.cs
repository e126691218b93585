using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/note N text</c>: an internal note, never shown to the requester. Seed 002 §4.3.1: "Le technicien devra
/// toujours laisser une trace de son diagnostic et de ce qu'il a fait."
/// </summary>
public sealed class NoteCommand : ITechnicianCommand
{
    public string Name => "note";

    public string Usage => "/note N texte";

    public string Summary => "note interne (jamais montrée au demandeur)";

    public string EnglishSummary => "internal note (never shown to the requester)";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.Ticket(arguments.Ticket());
        context.Save(ticket, JournalKind.InternalNote, arguments.RequiredRest());
        context.Reply(context.Phrases.Text($"Note ajoutée à {ticket.TicketNumber}.", $"Note added to {ticket.TicketNumber}."));
    }
}
