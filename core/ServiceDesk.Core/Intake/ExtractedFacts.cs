using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Intake;

/// <summary>What one message says by itself; null where it says nothing.</summary>
public sealed record ExtractedFacts
{
    public RequestType Type { get; init; }

    public string? Application { get; init; }

    public string? ErrorMessage { get; init; }

    public Impact? Impact { get; init; }

    public Urgency? Urgency { get; init; }

    public DateTimeOffset? Since { get; init; }

    public string? SinceText { get; init; }

    public string? RecentChange { get; init; }

    public bool? Reproducible { get; init; }

    public string? Workstation { get; init; }

    public string? OperatingSystem { get; init; }

    /// <summary>Service request: for whom, when said.</summary>
    public string? ForWhom { get; init; }

    /// <summary>Service request: by when, when said.</summary>
    public string? ByWhen { get; init; }

    /// <summary>Service request: where, when said.</summary>
    public string? Where { get; init; }
}
