namespace ServiceDesk.Core.Tickets;

/// <summary>
/// The facts a level-1 technician collects before acting (seed 003: start of the incident, applications or
/// hardware concerned, description, impact). Null means "not known yet"; the conversation asks only for those.
/// </summary>
public sealed record TicketFacts
{
    /// <summary>When the problem started, when the requester said so.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The requester's own words for when it started ("depuis ce matin").</summary>
    public string? SinceText { get; init; }

    /// <summary>The application or hardware concerned.</summary>
    public string? Application { get; init; }

    /// <summary>The exact error message, when there is one.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Workstation, operating system, location (seed 002 §2.2).</summary>
    public string? Environment { get; init; }

    /// <summary>Whether something changed recently (update, new equipment, password change).</summary>
    public string? RecentChange { get; init; }

    /// <summary>Whether the problem can be reproduced.</summary>
    public bool? Reproducible { get; init; }

    /// <summary>Service request: for whom (seed 000 §6, the training-room example).</summary>
    public string? ForWhom { get; init; }

    /// <summary>Service request: by when, as the requester said it.</summary>
    public string? ByWhen { get; init; }

    /// <summary>Service request: where to install or deliver.</summary>
    public string? Where { get; init; }

    /// <summary>Change request: what it would bring, and to whom.</summary>
    public string? Benefit { get; init; }
}
