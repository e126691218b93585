namespace ServiceDesk.Core.Qualification;

/// <summary>A stretch during which the ticket waited for its requester: its SLA clocks stood still.</summary>
public sealed record SlaPause(DateTimeOffset From, DateTimeOffset To);
