namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>Extra facts about a number word.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,
    Plural = 1,
    FractionWord = 2,
    Composite = 4,
}
