using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Qualification;

/// <summary>
/// Impact × urgency → priority (seed 002 §2.5.2.4, "Détermination des priorités").
/// </summary>
/// <remarks>The defaults are the seed's grid; a desk may configure its own, but every cell must be given.</remarks>
public sealed class PriorityMatrix
{
    private readonly Dictionary<(Urgency, Impact), Priority> _cells;

    /// <summary>Builds a matrix; throws when a cell of the 3 × 3 grid is missing.</summary>
    public PriorityMatrix(IReadOnlyDictionary<(Urgency Urgency, Impact Impact), Priority> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _cells = new Dictionary<(Urgency, Impact), Priority>();
        foreach (var urgency in Enum.GetValues<Urgency>())
        {
            foreach (var impact in Enum.GetValues<Impact>())
            {
                if (!cells.TryGetValue((urgency, impact), out var priority))
                {
                    throw new ArgumentException($"The priority matrix has no cell for {urgency} × {impact}.", nameof(cells));
                }

                _cells[(urgency, impact)] = priority;
            }
        }
    }

    /// <summary>
    /// Seed 002's grid: blocked → P1/P2/P3, slowed down → P2/P3/P4, can live with it → P4
    /// (whole organisation / a team or a VIP / one user).
    /// </summary>
    public static PriorityMatrix Default { get; } = new(new Dictionary<(Urgency, Impact), Priority>
    {
        [(Urgency.Blocked, Impact.WholeOrganisation)] = Priority.P1,
        [(Urgency.Blocked, Impact.TeamOrVip)] = Priority.P2,
        [(Urgency.Blocked, Impact.OneUser)] = Priority.P3,
        [(Urgency.SlowedDown, Impact.WholeOrganisation)] = Priority.P2,
        [(Urgency.SlowedDown, Impact.TeamOrVip)] = Priority.P3,
        [(Urgency.SlowedDown, Impact.OneUser)] = Priority.P4,
        [(Urgency.CanLiveWith, Impact.WholeOrganisation)] = Priority.P4,
        [(Urgency.CanLiveWith, Impact.TeamOrVip)] = Priority.P4,
        [(Urgency.CanLiveWith, Impact.OneUser)] = Priority.P4,
    });

    /// <summary>The priority for an impact and an urgency.</summary>
    public Priority Classify(Impact impact, Urgency urgency) => _cells[(urgency, impact)];
}
