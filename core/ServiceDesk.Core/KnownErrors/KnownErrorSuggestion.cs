namespace ServiceDesk.Core.KnownErrors;

/// <summary>A known error proposed to the requester: what it is and the steps to follow.</summary>
/// <param name="Id">The article id (kept in the ticket so a technician does not suggest it again).</param>
/// <param name="Title">The article's title in the requester's language.</param>
/// <param name="Steps">Steps the requester can follow now.</param>
/// <param name="Resolution">The definitive fix, when the article gives one (often a technician's job).</param>
public sealed record KnownErrorSuggestion(string Id, string Title, IReadOnlyList<string> Steps, string? Resolution);
