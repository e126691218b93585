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
    /// Matches scoring below this are not returned. At 0.28, 19 of 20 unrelated sentences return
    /// nothing ("je veux commander un café" among them, at 0.26) while paraphrases that share
    /// few words with their article ("je n'arrive pas a ouvrir le repertoire RH", 0.29) still
    /// find it.
    /// </summary>
    public float MinimumScore { get; init; } = 0.28f;

    /// <summary>
    /// How hard a partial match is punished: the score is multiplied by (matched words / words)
    /// to this power. 1 is Lucene's classic coordination factor; 1.5 separated unrelated
    /// sentences from real requests best.
    /// </summary>
    public double CoverageExponent { get; init; } = 1.5;

    /// <summary>
    /// Fuzzy matching of words the index does not know, against the known words of the short
    /// fields one or two edits away; character trigrams find a little more but let more
    /// unrelated sentences through and make a search twice as slow (bench project).
    /// </summary>
    public TypoTolerance TypoTolerance { get; init; } = TypoTolerance.Fuzzy;

    /// <summary>Weight of the articles' fields in the other language than the user's (1 = no preference).</summary>
    public float OtherLanguageWeight { get; init; } = 0.5f;

    /// <summary>Weight of a fuzzy match relative to an exact one.</summary>
    internal float FuzzyWeight { get; init; } = 0.5f;

    /// <summary>Shortest analyzed word that is matched fuzzily (one edit; two from 8 letters).</summary>
    internal int FuzzyMinLength { get; init; } = 4;
}
