namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// One word of a possible number phrase. For an ordinal, <see cref="Value"/> is its rank
/// (5 for "fifths"). A digit run is a word too (<see cref="WordKind.Digits"/>), so "3 hundred" parses.
/// </summary>
internal readonly record struct NumberWord(WordKind Kind, double Value, int Start, int End, WordFlags Flags = WordFlags.None)
{
    public bool Has(WordFlags flag) => (Flags & flag) == flag;

    public bool IsTens => Kind == WordKind.Cardinal && Value is >= 20 and < 100 && Value % 10 == 0 && !Has(WordFlags.Composite);

    public bool IsUnit => Value is >= 1 and <= 9 && !Has(WordFlags.Composite);
}
