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
/// <para>
/// Called by the <see cref="TicketAnnouncer"/> for every new ticket, so it must not read every open ticket each time (on
/// a Monday morning that grows with the square of the surge). It keeps the incidents of the window in memory with their
/// telling words and keeps them current from the store's change sequence (<see cref="ITicketStore.ChangedSince"/>):
/// each look reads only the tickets opened or changed since the last one (a new ticket, its posting to the room, a
/// closure, a problem link), each once. It used to read back from the store, for every new incident, the latest
/// <see cref="ReadBack"/> alike ones for their current status and problem link: during an outage every new incident looks
/// like all the others, so that was twenty ticket reads per new incident, a fifth of the desk's CPU in the desk bench.
/// A proposal still lists at most the latest <see cref="ReadBack"/> alike incidents, as they are now.
/// </para>
/// <para>
/// A store with several writers (PostgreSQL) may make a change visible after a later one (its values are taken before
/// the commit), and a transaction that fails gives its change values and ticket numbers again: every
/// <see cref="LookbackEvery"/> the watch asks again from <see cref="Lookback"/> changes before the latest it saw, as the
/// web page does, and a ticket seen again with other words takes its new words.
/// </para>
/// </remarks>
public sealed class ProblemWatch(ITicketStore tickets, IProblemStore problems, ProblemOptions options)
{
    /// <summary>At most this many alike incidents, the most recent, are listed in a proposal.</summary>
    public const int ReadBack = 20;

    /// <summary>How many changes before the latest seen are read again, every <see cref="LookbackEvery"/>.</summary>
    public const long Lookback = 64;

    /// <summary>How often the watch reads the last <see cref="Lookback"/> changes again.</summary>
    public static readonly TimeSpan LookbackEvery = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();

    /// <summary>The window's incidents as last seen, by number.</summary>
    private readonly List<Recent> _recent = [];

    private long? _change;
    private DateTimeOffset _lookedBackAt;

    /// <summary>What to tell the technicians' room about this new ticket, if anything.</summary>
    public string? Check(Ticket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket is not { Type: RequestType.Incident, Outcome: RequestOutcome.Ticket, Problem: null })
        {
            return null;
        }

        var alike = LatestAlike(ticket, now - options.Window, now).Where(t => t.IsOpen).ToList();
        var linked = alike.Select(t => t.Problem).OfType<string>().ToList();
        if (linked.Count > 0)
        {
            var open = problems.Unresolved().ToDictionary(p => p.ProblemNumber.ToString(), StringComparer.Ordinal);
            if (linked.FirstOrDefault(open.ContainsKey) is { } name)
            {
                var problem = open[name];
                return $"{ticket.TicketNumber} ressemble aux incidents du problème {name} (« {problem.Title} ») : /problem link {name} {ticket.Number}"
                    + $" ; si le service est en panne pour tous : /outage from-problem {name}";
            }
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

    /// <summary>
    /// The latest <see cref="ReadBack"/> incidents of the window alike <paramref name="ticket"/> (itself left out), as they
    /// are now, oldest first.
    /// </summary>
    /// <remarks>
    /// Compared from the newest back, stopping at the <see cref="ReadBack"/>th alike one: during a surge every incident of the
    /// window is alike, and comparing each new one with all of them (and copying the window for it) grew with the surge.
    /// </remarks>
    private List<Ticket> LatestAlike(Ticket ticket, DateTimeOffset since, DateTimeOffset now)
    {
        lock (_gate)
        {
            Refresh(since, now);

            // The ticket is in the store already, so usually the newest of the window with its words taken out.
            var own = _recent.FindLastIndex(r => r.Ticket.Number == ticket.Number);
            var words = own >= 0 ? _recent[own].Words : SimilarIncidents.Words(ticket);
            var alike = new List<Ticket>(ReadBack);
            for (var i = _recent.Count - 1; i >= 0 && alike.Count < ReadBack; i--)
            {
                var recent = _recent[i];
                if (recent.Ticket.Number != ticket.Number && SimilarIncidents.Alike(words, recent.Words))
                {
                    alike.Add(recent.Ticket);
                }
            }

            alike.Reverse();
            return alike;
        }
    }

    /// <summary>
    /// Brings the window to the incident tickets opened since <paramref name="since"/>, as they are now, by number: the
    /// window's first look reads them from the newest ticket back, later ones only what changed. Called holding the gate.
    /// </summary>
    private void Refresh(DateTimeOffset since, DateTimeOffset now)
    {
        if (_change is not { } seen)
        {
            // The sequence first: whatever changes while the window is read comes again in the next look.
            _change = tickets.LastChange();
            _lookedBackAt = now;
            foreach (var ticket in tickets.OpenedSince(since).OrderBy(t => t.Number))
            {
                Take(ticket);
            }
        }
        else
        {
            var back = now - _lookedBackAt >= LookbackEvery || now < _lookedBackAt;
            foreach (var change in tickets.ChangedSince(Math.Max(0, back ? seen - Lookback : seen)))
            {
                _change = Math.Max(_change.Value, change.Change);
                Take(change.Ticket);
            }

            _lookedBackAt = back ? now : _lookedBackAt;
        }

        _recent.RemoveAll(r => r.Ticket.OpenedAt < since);
    }

    /// <summary>A ticket as it is now: an incident joins the window (in number order); one already there is replaced.</summary>
    private void Take(Ticket ticket)
    {
        var at = _recent.FindLastIndex(r => r.Ticket.Number <= ticket.Number);
        if (at >= 0 && _recent[at].Ticket.Number == ticket.Number)
        {
            var known = _recent[at];
            _recent[at] = SameWords(known.Ticket, ticket) ? known with { Ticket = ticket } : new Recent(ticket, SimilarIncidents.Words(ticket));
        }
        else if (ticket is { Type: RequestType.Incident, Outcome: RequestOutcome.Ticket })
        {
            _recent.Insert(at + 1, new Recent(ticket, SimilarIncidents.Words(ticket)));
        }
    }

    private static bool SameWords(Ticket before, Ticket now) =>
        string.Equals(before.Description, now.Description, StringComparison.Ordinal)
        && string.Equals(before.Facts.Application, now.Facts.Application, StringComparison.Ordinal)
        && string.Equals(before.Facts.ErrorMessage, now.Facts.ErrorMessage, StringComparison.Ordinal);

    /// <summary>An incident of the window and its telling words.</summary>
    private sealed record Recent(Ticket Ticket, HashSet<string> Words);
}
