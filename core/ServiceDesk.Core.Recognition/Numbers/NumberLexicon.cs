namespace ServiceDesk.Core.Recognition.Numbers;

/// <summary>
/// The words of one language that the number parser knows. Built once per language from small
/// tables (<see cref="EnglishNumberWords"/>, <see cref="FrenchNumberWords"/>).
/// </summary>
internal sealed class NumberLexicon
{
    public required IReadOnlyDictionary<string, double> Cardinals { get; init; }

    public required IReadOnlyDictionary<string, double> Multipliers { get; init; }

    public required IReadOnlyDictionary<string, double> Ordinals { get; init; }

    public required IReadOnlySet<string> FractionOnly { get; init; }

    public required IReadOnlySet<string> Ands { get; init; }

    public required IReadOnlySet<string> Articles { get; init; }

    public required IReadOnlySet<string> Negatives { get; init; }

    public required IReadOnlySet<string> Points { get; init; }

    public required IReadOnlySet<string> Overs { get; init; }

    public required IReadOnlySet<string> Dozens { get; init; }

    /// <summary>True when "un"/"une" is a number by itself (French); "a"/"an" never are.</summary>
    public required bool ArticleIsNumber { get; init; }

    public required char DecimalSeparator { get; init; }

    public NumberWord Classify(string word, int start, int end)
    {
        if (Cardinals.TryGetValue(word, out var v)) return new(WordKind.Cardinal, v, start, end);
        if (Multipliers.TryGetValue(word, out v)) return new(WordKind.Multiplier, v, start, end);
        if (Ands.Contains(word)) return new(WordKind.And, 0, start, end);
        if (Articles.Contains(word)) return new(WordKind.Article, 1, start, end);
        if (Negatives.Contains(word)) return new(WordKind.Negative, -1, start, end);
        if (Points.Contains(word)) return new(WordKind.Point, 0, start, end);
        if (Overs.Contains(word)) return new(WordKind.Over, 0, start, end);
        if (Dozens.Contains(word)) return new(WordKind.Dozen, 12, start, end);
        if (Ordinals.TryGetValue(word, out v)) return new(WordKind.Ordinal, v, start, end, FractionFlag(word));
        if (word.Length > 3 && word[^1] == 's' && Ordinals.TryGetValue(word[..^1], out v))
        {
            return new(WordKind.Ordinal, v, start, end, FractionFlag(word[..^1]) | WordFlags.Plural);
        }

        return new(WordKind.Other, 0, start, end);
    }

    private WordFlags FractionFlag(string word) => FractionOnly.Contains(word) ? WordFlags.FractionWord : WordFlags.None;

    public static NumberLexicon For(string culture) =>
        culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? FrenchNumberWords.Lexicon : EnglishNumberWords.Lexicon;
}
