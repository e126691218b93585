namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>A length of time made of parts ("1 day and 5 hours").</summary>
internal sealed record DurationValue(IReadOnlyList<DurationPart> Parts) : Temporal
{
    public DurationValue(double amount, DurationUnit unit)
        : this([new DurationPart(amount, unit)])
    {
    }

    public double Seconds => Parts.Sum(p => p.Seconds);
}
