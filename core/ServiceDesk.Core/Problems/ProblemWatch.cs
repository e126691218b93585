using System.Globalization;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Problems;

/// <summary>
/// Looks at each new incident posted to the room: when enough incidents with similar symptoms arrived within the
/// window (<see cref="ProblemOptions"/>), the room is told and a problem record is proposed; when the incident looks
/// like those of a problem already open, linking it is proposed instead. It proposes only; technicians decide.
/// </summary>
/// <remarks>Called by the <see cref="TicketAnnouncer"/> under the desk's lock.</remarks>
public sealed class ProblemWatch(TicketStore tickets, ProblemStore problems, ProblemOptions options)
{
    /// <summary>What to tell the technicians' room about this new ticket, if anything.</summary>
    public string? Check(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket is not { Type: RequestType.Incident, Outcome: RequestOutcome.Ticket, Problem: null })
        {
            return null;
        }

        var since = now - options.Window;
        var alike = tickets.OpenTickets()
            .Where(t => t.Number != ticket.Number && t.Type == RequestType.Incident && t.Outcome == RequestOutcome.Ticket && t.OpenedAt >= since)
            .Where(t => SimilarIncidents.Alike(ticket, t))
            .ToList();
        var open = problems.Unresolved().ToDictionary(p => p.ProblemNumber.ToString(), StringComparer.Ordinal);
        if (alike.Select(t => t.Problem).OfType<string>().FirstOrDefault(open.ContainsKey) is { } name)
        {
            var problem = open[name];
            return $"{ticket.TicketNumber} ressemble aux incidents du problème {name} (« {problem.Title} ») : /problem link {name} {ticket.Number}";
        }

        var group = alike.Where(t => t.Problem is null).Append(ticket).OrderBy(t => t.Number).ToList();
        if (group.Count < options.Threshold)
        {
            return null;
        }

        var minutes = ((int)options.Window.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        return $"{group.Count} incidents semblables en moins de {minutes} min : {string.Join(", ", group.Select(t => t.TicketNumber))} "
            + $"(« {DeskWords.Abbreviate(ticket.Description, 80)} »). Cause inconnue ? Je propose un problème : "
            + $"/problem open {string.Join(' ', group.Select(t => t.Number))} titre";
    }
}
