namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>
/// What a piece of text means in time, before it is written out as a resolution. Rules build
/// these from matches; the combiner joins neighbours ("tomorrow" + "8am"); the resolver formats them.
/// </summary>
internal abstract record Temporal
{
    /// <summary>"since", "before", "after", "until", "approx", "more", "less"… or null.</summary>
    public string? Mod { get; init; }
}
