using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Indicators;

/// <summary>
/// How the desk did over a period (seed 002 §1: "nombre d'appels, taux de résolution des incidents au 1er niveau,
/// temps moyen de résolution…"). Rates are 0–1 and null when nothing was there to count; times are business time.
/// </summary>
public sealed record DeskIndicators
{
    public DateTimeOffset From { get; init; }

    public DateTimeOffset To { get; init; }

    /// <summary>Every recorded request opened in the period, whatever its outcome.</summary>
    public int Requests { get; init; }

    public IReadOnlyDictionary<RequestType, int> ByType { get; init; } = new Dictionary<RequestType, int>();

    /// <summary>Requests per channel ("xmpp", "console"…; "offline" for those a technician recorded from a call or a visit).</summary>
    public IReadOnlyDictionary<string, int> ByChannel { get; init; } = new Dictionary<string, int>();

    /// <summary>Solved in the first conversation (self-service, or level 1 without hand-off or wait) and not reopened, over requests that became a ticket or were self-served.</summary>
    public double? FirstContactResolution { get; init; }

    /// <summary>Resolved at level 1 over all resolved (seed 002: a good desk's level 1 solves about 80 %).</summary>
    public double? Level1ResolutionRate { get; init; }

    /// <summary>Seed 002 §2: "On considère qu'un service desk est performant quand le niveau 1 résout à peu près 80% des incidents."</summary>
    public double Level1Goal { get; init; } = 0.80;

    public DurationFigures TimeToTakeCharge { get; init; } = new(0, null, null);

    public DurationFigures TimeToResolve { get; init; } = new(0, null, null);

    public IReadOnlyList<PriorityCompliance> Sla { get; init; } = [];

    /// <summary>Tickets reopened at least once, over resolved tickets (self-service left out).</summary>
    public double? ReopenRate { get; init; }

    /// <summary>Average score (1–5) of those who answered.</summary>
    public double? SatisfactionAverage { get; init; }

    /// <summary>Answered over asked.</summary>
    public double? SatisfactionResponseRate { get; init; }

    /// <summary>Solved by a known error the bot proposed, over self-served plus tickets.</summary>
    public double? SelfServiceDeflection { get; init; }

    /// <summary>Conversations the person gave up before a ticket.</summary>
    public int Abandoned { get; init; }
}
