namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

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

    /// <summary>What a word is, looked up once in a table merged from the sets above (first set wins, as listed).</summary>
    public NumberWord Classify(ReadOnlySpan<char> word, int start, int end)
    {
        var table = Table;
        if (table.TryGetValue(word, out var entry)) return new(entry.Kind, entry.Value, start, end, entry.Flags);
        if (word.Length > 3 && word[^1] == 's' && table.TryGetValue(word[..^1], out entry) && entry.Plural is { } ordinal)
        {
            return new(WordKind.Ordinal, ordinal, start, end, FractionFlag(word[..^1].ToString()) | WordFlags.Plural);
        }

        return new(WordKind.Other, 0, start, end);
    }

    private Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> Table => field.Dictionary is null ? field = BuildTable() : field;

    private Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> BuildTable()
    {
        var table = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (w, v) in Cardinals) table.TryAdd(w, new(WordKind.Cardinal, v, WordFlags.None, null));
        foreach (var (w, v) in Multipliers) table.TryAdd(w, new(WordKind.Multiplier, v, WordFlags.None, null));
        foreach (var w in Ands) table.TryAdd(w, new(WordKind.And, 0, WordFlags.None, null));
        foreach (var w in Articles) table.TryAdd(w, new(WordKind.Article, 1, WordFlags.None, null));
        foreach (var w in Negatives) table.TryAdd(w, new(WordKind.Negative, -1, WordFlags.None, null));
        foreach (var w in Points) table.TryAdd(w, new(WordKind.Point, 0, WordFlags.None, null));
        foreach (var w in Overs) table.TryAdd(w, new(WordKind.Over, 0, WordFlags.None, null));
        foreach (var w in Dozens) table.TryAdd(w, new(WordKind.Dozen, 12, WordFlags.None, null));
        foreach (var (w, v) in Ordinals) table.TryAdd(w, new(WordKind.Ordinal, v, FractionFlag(w), null));
        foreach (var (w, v) in Ordinals) table[w] = table[w] with { Plural = v };

        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private WordFlags FractionFlag(string word) => FractionOnly.Contains(word) ? WordFlags.FractionWord : WordFlags.None;

    /// <summary>A word's reading; <see cref="Plural"/> is its value as an ordinal, read when the word comes with an "s".</summary>
    private readonly record struct Entry(WordKind Kind, double Value, WordFlags Flags, double? Plural);

    public static NumberLexicon For(string culture) =>
        culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? FrenchNumberWords.Lexicon : EnglishNumberWords.Lexicon;
}
