namespace ServiceDesk.Core.Qualification;

/// <summary>A ticket's three due times (seed 002's table): take charge, target resolution, maximum delay.</summary>
public sealed record SlaDeadlines(DateTimeOffset DetectBy, DateTimeOffset ResolveBy, DateTimeOffset MaximumBy);
