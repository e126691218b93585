namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>What a word means to the number parser.</summary>
internal enum WordKind
{
    Other,
    Cardinal,
    Multiplier,
    Ordinal,
    Digits,
    And,
    Article,
    Negative,
    Point,
    Over,
    Dozen,
}
