using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// <c>/outage open|from-problem|from-incidents|update|resolve|report|list</c>: major incidents, declared by a
/// technician and told to everyone affected on every channel. Technicians only (the router refuses commands to others);
/// answered in the technician's language (<see cref="Technicians.DeskPhrasebook"/>), posted to the room in French.
/// </summary>
public sealed class OutageCommand(IOutageStore outages, IProblemStore problems, ServiceVocabulary vocabulary) : ITechnicianCommand
{
    public string Name => "outage";

    public string Usage => "/outage open service ce que voient les gens | from-problem P | from-incidents N N… | update M texte | resolve M texte | report M | list";

    public string Summary => "incident majeur : déclarer (ou depuis un problème), informer tous les concernés, résoudre, bilan";

    public string EnglishSummary => "major incident: declare (or from a problem), tell everyone affected, resolve, report";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var broadcast = new OutageBroadcast(context, outages);
        switch (arguments.NextWord()?.ToLowerInvariant())
        {
            case "open" or "ouvrir":
                OpenFromWords(context, arguments);
                break;
            case "from-problem" or "depuis-probleme" or "depuis-problème":
                FromProblem(context, arguments);
                break;
            case "from-incidents" or "depuis-incidents":
                FromIncidents(context, arguments);
                break;
            case "update" or "info" or "point":
                broadcast.Update(Find(context, arguments, mustBeOpen: true), arguments.RequiredRest());
                break;
            case "resolve" or "résoudre" or "resoudre":
                broadcast.Resolve(Find(context, arguments, mustBeOpen: true), arguments.RequiredRest());
                break;
            case "report" or "bilan":
                OutageReport.Reply(context, outages, Find(context, arguments, mustBeOpen: false));
                break;
            case "list" or "liste":
                OutageReport.List(context, outages);
                break;
            default:
                throw new CommandUsageException();
        }
    }

    private void OpenFromWords(CommandContext context, CommandArguments arguments)
    {
        var service = arguments.TakeOneOf(vocabulary.Services) ?? arguments.NextWord() ?? throw new CommandUsageException();
        Open(context, service, arguments.RequiredRest(), [], null);
    }

    /// <summary>From a problem record (the similar-incident proposal's next step): its open tickets are linked.</summary>
    private void FromProblem(CommandContext context, CommandArguments arguments)
    {
        if (!ProblemNumber.TryParse(arguments.NextWord(), out var number))
        {
            throw new CommandUsageException();
        }

        var problem = problems.Find(number) is { Status: not ProblemStatus.Resolved } found
            ? found
            : throw new CommandRejectedException(context.Phrases.Text($"Aucun problème {number} ouvert.", $"No open problem {number}."));
        var tickets = problem.Tickets.Select(n => context.Tickets.Find(new TicketNumber(n))).OfType<Ticket>().Where(t => t.IsOpen).ToList();
        var service = ServiceOf(arguments, problem.Title, tickets);
        Open(context, service, arguments.Rest() is { Length: > 0 } seen ? seen : problem.Title, tickets, problem.ProblemNumber.ToString());
    }

    /// <summary>From the incidents the similar-incident proposal named (<c>/outage from-incidents 12 13 14 [service]</c>).</summary>
    private void FromIncidents(CommandContext context, CommandArguments arguments)
    {
        var tickets = new List<Ticket>();
        string? word;
        while ((word = arguments.NextWord()) is not null && TicketNumber.TryParse(word, out var number))
        {
            tickets.Add(context.OpenTicket(number));
        }

        if (tickets.Count == 0)
        {
            throw new CommandUsageException();
        }

        var rest = new CommandArguments(((word ?? "") + " " + arguments.Rest()).Trim());
        var service = ServiceOf(rest, "", tickets);
        var seen = rest.Rest() is { Length: > 0 } said ? said : Technicians.DeskWords.Abbreviate(tickets[0].Description, 80);
        Open(context, service, seen, tickets, null);
    }

    private string ServiceOf(CommandArguments arguments, string title, IReadOnlyList<Ticket> tickets) =>
        arguments.TakeOneOf(vocabulary.Services)
        ?? vocabulary.ServiceIn(string.Join(" ", tickets.Select(t => $"{t.Description} {t.Facts.Application}").Prepend(title)))
        ?? tickets.Select(t => t.Facts.Application).OfType<string>().FirstOrDefault()
        ?? (title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } first ? first : throw new CommandUsageException());

    private void Open(CommandContext context, string service, string seen, IReadOnlyList<Ticket> tickets, string? problem)
    {
        if (outages.Unresolved().FirstOrDefault(o => string.Equals(o.Service, service, StringComparison.OrdinalIgnoreCase)) is { } already)
        {
            throw new CommandRejectedException(context.Phrases.Text(
                $"{already.Name} est déjà ouverte pour {service} : /outage update {already.Name} texte.",
                $"{already.Name} is already open for {service}: /outage update {already.Name} text."));
        }

        var outage = outages.Open(new Outage
        {
            Service = service,
            Words = vocabulary.WordsOf(service),
            Symptom = seen,
            OpenedBy = context.Technician.Id,
            OpenedAt = context.Now,
            Problem = problem,
            Tickets = [.. tickets.Select(t => t.Number)],
            SummaryPostedAt = context.Now,
        });
        var linked = new OutageBroadcast(context, outages).LinkTickets(outage, tickets);
        outages.Save(outage with { SummaryPeople = linked });
        var from = problem is null ? "" : $" (depuis {problem})";
        context.Reply(context.Phrases.Text(
            $"Incident majeur {outage.Name} ouvert : {service} — « {seen} »{from}. Les personnes qui en parlent sont prévenues en premier ; "
            + $"{linked} demandeur(s) de tickets liés sur la liste. /outage update {outage.Name} texte, /outage resolve {outage.Name} texte.",
            $"Major incident {outage.Name} opened: {service} — “{seen}”{(problem is null ? "" : $" (from {problem})")}. People who write about it are told first; "
            + $"{linked} requester(s) of linked tickets on the list. /outage update {outage.Name} text, /outage resolve {outage.Name} text."));
        context.Announce($"Incident majeur {outage.Name} ouvert par {context.Technician.Name} : {service} — « {seen} »{from}. "
            + $"Ceux qui écrivent à ce sujet sont prévenus et rattachés (pas de ticket chacun). Compteurs : /outage report {outage.Name}");
    }

    private Outage Find(CommandContext context, CommandArguments arguments, bool mustBeOpen)
    {
        var word = arguments.NextWord();
        if (!Outage.TryParseName(word, out var number))
        {
            throw new CommandUsageException();
        }

        var outage = outages.Find(number) ?? throw new CommandRejectedException(context.Phrases.Text($"Aucun incident majeur {Outage.OutageName(number)}.", $"No major incident {Outage.OutageName(number)}."));
        return mustBeOpen && !outage.IsOpen
            ? throw new CommandRejectedException(context.Phrases.Text($"{outage.Name} est déjà résolu.", $"{outage.Name} is already resolved."))
            : outage;
    }
}
