using System.Globalization;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>Problem records and their sequential numbers (P1, P2…) in PostgreSQL, numbered like tickets.</summary>
public sealed class PostgresProblemStore(PostgresDatabase database) : IProblemStore
{
    /// <summary>Gives the problem the next number and stores it, both in one transaction.</summary>
    public Problem Open(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return database.InOneTransaction(() => database.Run(command =>
        {
            var next = Convert.ToInt32(command.Sql("SELECT value FROM counters WHERE name = 'problem' FOR UPDATE").ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
            command.Sql("UPDATE counters SET value = @value WHERE name = 'problem'").With("value", next).ExecuteNonQuery();
            var opened = problem with { Number = next };
            command.Sql("INSERT INTO problems (number, status, document) VALUES (@number, @status, @document)")
                .With("number", opened.Number).With("status", opened.Status.ToString()).WithJson("document", Documents.Write(opened))
                .ExecuteNonQuery();
            return opened;
        }));
    }

    /// <summary>Writes a changed problem whole.</summary>
    public void Save(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var updated = database.Run(command => command.Sql("UPDATE problems SET status = @status, document = @document WHERE number = @number")
            .With("number", problem.Number).With("status", problem.Status.ToString()).WithJson("document", Documents.Write(problem))
            .ExecuteNonQuery());
        if (updated == 0)
        {
            throw new InvalidOperationException($"Problem {problem.ProblemNumber} does not exist.");
        }
    }

    public Problem? Find(ProblemNumber number) =>
        database.Run(command => command.Sql("SELECT document FROM problems WHERE number = @number").With("number", number.Value).ReadDocument<Problem>());

    /// <summary>The problems not resolved yet, by number.</summary>
    public IReadOnlyList<Problem> Unresolved() =>
        database.Run(command => command.Sql("SELECT document FROM problems WHERE status <> 'Resolved' ORDER BY number").ReadDocuments<Problem>());
}
