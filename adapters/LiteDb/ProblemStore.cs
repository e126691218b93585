using LiteDB;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>Problem records and their sequential numbers (P1, P2…), in the desk's LiteDB file.</summary>
public sealed class ProblemStore(ServiceDeskDatabase database) : IProblemStore
{
    private const string CollectionName = "problems";
    private const string CounterId = "problem";

    /// <summary>Built once: nothing is bound, and LiteDB only reads an expression while a query runs.</summary>
    private static readonly BsonExpression NotResolved = Query.Not(nameof(Problem.Status), nameof(ProblemStatus.Resolved));

    /// <summary>Gives the problem the next number and stores it, both in one transaction.</summary>
    public Problem Open(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return database.Write(() =>
        {
            database.ReadLatest("counters");
            var counter = database.Counters.ById(CounterId);
            var next = (counter?["value"].AsInt32 ?? 0) + 1;
            database.Counters.Upsert(new BsonDocument { ["_id"] = CounterId, ["value"] = next });
            var opened = problem with { Number = next };
            Problems.Insert(opened);
            return opened;
        });
    }

    /// <summary>Writes a changed problem whole.</summary>
    public void Save(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (!database.Write(() => Problems.Update(problem)))
        {
            throw new InvalidOperationException($"Problem {problem.ProblemNumber} does not exist.");
        }
    }

    public Problem? Find(ProblemNumber number) => database.Read(() => Problems.ById(number.Value));

    /// <summary>The problems not resolved yet, by number.</summary>
    public IReadOnlyList<Problem> Unresolved() =>
        database.Read(() => Problems.Find(NotResolved).OrderBy(p => p.Number).ToList());

    private ILiteCollection<Problem> Problems => database.Collection<Problem>(CollectionName);
}
