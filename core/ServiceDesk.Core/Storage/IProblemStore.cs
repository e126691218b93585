using ServiceDesk.Core.Problems;

namespace ServiceDesk.Core.Storage;

/// <summary>Problem records and their sequential numbers (P1, P2…).</summary>
public interface IProblemStore
{
    /// <summary>Gives the problem the next number and stores it, both in one transaction.</summary>
    Problem Open(Problem problem);

    /// <summary>Writes a changed problem whole; throws <see cref="InvalidOperationException"/> when it does not exist.</summary>
    void Save(Problem problem);

    Problem? Find(ProblemNumber number);

    /// <summary>The problems not resolved yet, by number.</summary>
    IReadOnlyList<Problem> Unresolved();
}
