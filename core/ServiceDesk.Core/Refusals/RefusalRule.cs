namespace ServiceDesk.Core.Refusals;

/// <summary>
/// One kind of request the desk will not do, with the reason and an alternative, in French and English
/// (seed 001: keep a positive tone, be personal, help with an alternative). Configurable.
/// </summary>
public sealed record RefusalRule
{
    public string Id { get; init; } = "";

    public RefusalKind Kind { get; init; }

    /// <summary>Words or phrases (folded: lower case, no accents) that all must appear, any of the groups matching.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    public string ReasonFr { get; init; } = "";

    public string ReasonEn { get; init; } = "";

    public string AlternativeFr { get; init; } = "";

    public string AlternativeEn { get; init; } = "";
}
