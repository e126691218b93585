namespace ServiceDesk.Core.KnownErrors;

/// <summary>
/// A problem whose cause and workaround are known, as it goes into the knowledge base (seed 002 §4.4), in the
/// technicians' words. <see cref="Id"/> is stable, so publishing again replaces the article.
/// </summary>
public sealed record KnownError(
    string Id,
    string Title,
    string Language,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> AppliesTo,
    string Cause,
    string Workaround,
    string? Resolution,
    DateOnly Reviewed);
