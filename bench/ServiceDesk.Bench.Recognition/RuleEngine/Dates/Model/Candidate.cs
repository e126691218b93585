namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>A span of the text (<see cref="End"/> exclusive) and what it means.</summary>
internal sealed record Candidate(int Start, int End, Temporal Value)
{
    public int Length => End - Start;

    public bool Overlaps(Candidate other) => Start < other.End && other.Start < End;
}
