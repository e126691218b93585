using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/resolve N definitive|temporary solution</c>. Seed 002 §5.1: "Dans le cas de figure où il s'agit d'un prêt,
/// l'appel ne peut être clôturé. S'il s'agit d'un remplacement l'appel peut être clôturé." A temporary solution
/// keeps the ticket open; a definitive one marks it resolved and asks the requester whether it works.
/// </summary>
public sealed class ResolveCommand : ITechnicianCommand
{
    public string Name => "resolve";

    public string Usage => "/resolve N definitive|temporary solution";

    public string Summary => "solution apportée (temporaire : le ticket reste ouvert)";

    public string EnglishSummary => "solution given (temporary: the ticket stays open)";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.OpenTicket(arguments.Ticket());
        var kind = Kind(arguments.NextWord());
        var text = arguments.RequiredRest();
        var solution = new Solution(kind, text, context.Technician.Id, context.Now);
        if (kind == SolutionKind.Temporary)
        {
            ticket = context.Save(ticket with { Solution = solution, Status = TicketStatus.InProgress }, JournalKind.Action, $"Temporary solution: {text}");
            context.TellRequester(ticket, RequesterNotices.TemporarySolution(ticket, text));
            context.Reply(context.Phrases.Text(
                $"{ticket.TicketNumber} : solution temporaire enregistrée ; le ticket reste ouvert jusqu'à une solution définitive.",
                $"{ticket.TicketNumber}: temporary solution recorded; the ticket stays open until a definitive solution."));
            return;
        }

        var asked = TicketAddress.Requester(ticket) is not null;
        ticket = context.Save(ticket with
        {
            Solution = solution,
            Status = TicketStatus.Resolved,
            PendingQuestion = asked ? RequesterQuestion.SolutionWorks : RequesterQuestion.None,
        }, JournalKind.Action, $"Definitive solution: {text}");
        context.TellRequester(ticket, RequesterNotices.Resolved(ticket, text));
        var p = context.Phrases;
        context.Reply(p.Text($"{ticket.TicketNumber} résolu (solution définitive)", $"{ticket.TicketNumber} resolved (definitive solution)")
            + (asked ? p.Text(" ; je demande au demandeur de confirmer.", "; I am asking the requester to confirm.") : ".")
            + (ticket.Owner is { } owner ? p.Text($" {context.NameOf(owner)} pourra le clôturer : /close {ticket.Number}", $" {context.NameOf(owner)} can close it: /close {ticket.Number}") : ""));
    }

    private static SolutionKind Kind(string? word) => word?.ToLowerInvariant() switch
    {
        "definitive" or "définitive" or "definitif" or "définitif" or "def" => SolutionKind.Definitive,
        "temporary" or "temporaire" or "provisoire" or "temp" => SolutionKind.Temporary,
        _ => throw new CommandUsageException(),
    };
}
