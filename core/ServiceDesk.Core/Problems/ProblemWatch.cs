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
/// <remarks>
/// Called by the <see cref="TicketAnnouncer"/> for every new ticket, so it must not read every open ticket each time (on
/// a Monday morning that grows with the square of the surge). It keeps the incidents of the window in memory with their
/// telling words, takes in the tickets numbered since it last looked (by index), and reads back from the store only the
/// latest <see cref="ReadBack"/> that look alike, for their current status and problem link: during an outage every new
/// incident looks like all the others, and reading them all back for each one made a quarter of the desk's CPU per
/// message in the desk bench (25 ticket reads per message at 300 people); a proposal listing more would not be read anyway.
/// </remarks>
public sealed class ProblemWatch(ITicketStore tickets, IProblemStore problems, ProblemOptions options)
{
    private readonly Lock _gate = new();
    private readonly List<(Ticket Ticket, HashSet<string> Words)> _recent = [];
    private int? _seen;

    /// <summary>At most this many alike incidents, the most recent, are read back and listed in a proposal.</summary>
    public const int ReadBack = 20;

    /// <summary>What to tell the technicians' room about this new ticket, if anything.</summary>
    public string? Check(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket is not { Type: RequestType.Incident, Outcome: RequestOutcome.Ticket, Problem: null })
        {
            return null;
        }

        var recent = RecentIncidents(now - options.Window);
        // The ticket is in the store already, so usually among the recent ones with its words taken out.
        var words = recent.Find(r => r.Ticket.Number == ticket.Number).Words ?? SimilarIncidents.Words(ticket);
        var alike = recent
            .Where(r => r.Ticket.Number != ticket.Number && SimilarIncidents.Alike(words, r.Words))
            .TakeLast(ReadBack)
            .Select(r => tickets.Find(r.Ticket.TicketNumber))
            .OfType<Ticket>()
            .Where(t => t.IsOpen)
            .ToList();
        var open = problems.Unresolved().ToDictionary(p => p.ProblemNumber.ToString(), StringComparer.Ordinal);
        if (alike.Select(t => t.Problem).OfType<string>().FirstOrDefault(open.ContainsKey) is { } name)
        {
            var problem = open[name];
            return $"{ticket.TicketNumber} ressemble aux incidents du problème {name} (« {problem.Title} ») : /problem link {name} {ticket.Number}"
                + $" ; si le service est en panne pour tous : /outage from-problem {name}";
        }

        var group = alike.Where(t => t.Problem is null).Append(ticket).OrderBy(t => t.Number).ToList();
        if (group.Count < options.Threshold)
        {
            return null;
        }

        var minutes = ((int)options.Window.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        return $"{group.Count} incidents semblables en moins de {minutes} min : {string.Join(", ", group.Select(t => t.TicketNumber))} "
            + $"(« {DeskWords.Abbreviate(ticket.Description, 80)} »). Cause inconnue ? Je propose un problème : "
            + $"/problem open {string.Join(' ', group.Select(t => t.Number))} titre ; "
            // Issue 15: a service down for everyone is declared as a major incident in one command from the proposal.
            + $"si le service est en panne pour tous, incident majeur : /outage from-incidents {string.Join(' ', group.Select(t => t.Number))}";
    }

    /// <summary>Incident tickets opened since <paramref name="since"/>: the window's first look reads back from the newest ticket, later ones only what is new.</summary>
    private List<(Ticket Ticket, HashSet<string> Words)> RecentIncidents(DateTimeOffset since)
    {
        lock (_gate)
        {
            IReadOnlyList<Ticket> fresh;
            if (_seen is { } seen)
            {
                fresh = tickets.After(seen);
            }
            else
            {
                var last = tickets.LastNumber();
                fresh = [.. tickets.OpenedSince(since).Where(t => t.Number <= last).OrderBy(t => t.Number)];
                _seen = last;
            }

            foreach (var ticket in fresh)
            {
                _seen = Math.Max(_seen.Value, ticket.Number);
                if (ticket is { Type: RequestType.Incident, Outcome: RequestOutcome.Ticket })
                {
                    _recent.Add((ticket, SimilarIncidents.Words(ticket)));
                }
            }

            _recent.RemoveAll(r => r.Ticket.OpenedAt < since);
            return [.. _recent];
        }
    }
}
