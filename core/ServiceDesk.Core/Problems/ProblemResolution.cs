using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Problems;

/// <summary>
/// <c>/problem resolve P texte</c>: the problem is fixed for good. Its open tickets get the solution, and their
/// requesters are told in their language and asked to confirm, as after <c>/resolve</c>; the known error, if any,
/// is published again with the resolution.
/// </summary>
internal sealed class ProblemResolution(CommandContext context, IProblemStore problems, IKnownErrorPublisher publisher)
{
    public void Resolve(Problem problem, string resolution)
    {
        problem = problem with { Resolution = resolution, Status = ProblemStatus.Resolved, UpdatedAt = context.Now };
        if (problem.KnownErrorId is not null)
        {
            problem = ProblemFindings.Publish(problem, context, publisher);
        }

        problems.Save(problem);
        var told = new List<TicketNumber>();
        foreach (var ticket in problem.Tickets.Select(n => context.Tickets.Find(new TicketNumber(n))).OfType<Ticket>().Where(t => t.IsOpen))
        {
            if (ResolveTicket(ticket, problem, resolution))
            {
                told.Add(ticket.TicketNumber);
            }
        }

        var whom = told.Count == 0
            ? context.Phrases.Text("aucun demandeur à prévenir par messagerie", "no requester to tell by chat")
            : context.Phrases.Text("demandeurs prévenus : ", "requesters told: ") + string.Join(", ", told);
        context.Reply(context.Phrases.Text($"{problem.ProblemNumber} résolu ; {whom}.", $"{problem.ProblemNumber} resolved; {whom}."));
        context.Announce($"{problem.ProblemNumber} « {problem.Title} » résolu par {context.Technician.Name} : {resolution}");
    }

    /// <summary>Marks the ticket resolved and tells its requester; true when they could be told in chat.</summary>
    private bool ResolveTicket(Ticket ticket, Problem problem, string resolution)
    {
        var reachable = TicketAddress.Requester(ticket) is not null;
        ticket = context.Save(ticket with
        {
            Solution = new Solution(SolutionKind.Definitive, resolution, context.Technician.Id, context.Now),
            Status = TicketStatus.Resolved,
            PendingQuestion = reachable ? RequesterQuestion.SolutionWorks : RequesterQuestion.None,
        }, JournalKind.Action, $"Problem {problem.ProblemNumber} resolved: {resolution}");
        context.TellRequester(ticket, ProblemNotices.Resolved(ticket));
        return reachable;
    }
}
