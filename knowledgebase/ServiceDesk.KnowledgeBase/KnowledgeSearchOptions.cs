namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// Tuning of the search. The defaults were measured on labelled phrasings (test project,
/// <c>Evaluation/*.jsonl</c>), on the same phrasings with generated typos, and on unrelated
/// sentences that must return nothing; the bench project prints the comparison.
/// </summary>
public sealed record KnowledgeSearchOptions
{
    public static KnowledgeSearchOptions Default { get; } = new();

    /// <summary>
    /// Matches scoring below this are not returned. At 0.3, 19 of 20 unrelated sentences return
    /// nothing ("je veux commander un café" among them) and 3 of 270 labelled phrasings lose
    /// their expected article.
    /// </summary>
    public float MinimumScore { get; init; } = 0.28f;

    /// <summary>
    /// How hard a partial match is punished: the score is multiplied by (matched words / words)
    /// to this power. 1 is Lucene's classic coordination factor; 1.5 separated unrelated
    /// sentences from real requests best.
    /// </summary>
    public double CoverageExponent { get; init; } = 1.5;

    /// <summary>
    /// Fuzzy matching: on generated typos it raised recall@3 from 0.86 to 0.96 at the minimum
    /// score, where character trigrams let more unrelated sentences through.
    /// </summary>
    public TypoTolerance TypoTolerance { get; init; } = TypoTolerance.Fuzzy;

    /// <summary>Weight of the articles' fields in the other language than the user's (1 = no preference).</summary>
    public float OtherLanguageWeight { get; init; } = 0.5f;

    /// <summary>Weight of a fuzzy match relative to an exact one.</summary>
    internal float FuzzyWeight { get; init; } = 0.5f;

    /// <summary>Shortest analyzed word that is matched fuzzily (one edit; two from 8 letters).</summary>
    internal int FuzzyMinLength { get; init; } = 4;
}
