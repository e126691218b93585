using System.Collections.Concurrent;
using System.Reflection;
using LiteDB;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// The stores' LiteDB queries are parsed once and take their values as parameters (<see cref="PreparedQuery"/>): each
/// thread gets its own answer, and a new value no longer compiles (and keeps for ever) a new expression in LiteDB.
/// </summary>
/// <remarks>Alone (not beside other test classes): LiteDB's expression caches are the process's, and others add to them.</remarks>
[Collection(LiteDbExpressionCache.Name)]
public sealed class PreparedQueryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-prepared-").FullName;

    [Fact]
    public void OpenTicketsOf_ManyRequestersFromManyThreads_EachGetsTheirOwn()
    {
        using var database = new ServiceDeskDatabase(Path.Combine(_folder, "servicedesk.db"));
        var tickets = new TicketStore(database);
        var people = Enumerable.Range(0, 40).Select(i => $"person{i}@example.org").ToList();
        foreach (var person in people)
        {
            tickets.Open(new Ticket { RequesterId = person, Description = $"Écran noir pour {person}", Status = TicketStatus.New });
        }

        var wrong = new ConcurrentBag<string>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var person = people[i % people.Count];
            var open = tickets.OpenTicketsOf(person);
            if (open.Count != 1 || open[0].RequesterId != person || tickets.Find(open[0].TicketNumber)?.RequesterId != person)
            {
                wrong.Add(person);
            }
        });

        Assert.Empty(wrong);
    }

    [Fact]
    public void StoreQueries_NewValues_CompileNoNewExpressionInLiteDb()
    {
        using var database = new ServiceDeskDatabase(Path.Combine(_folder, "servicedesk.db"));
        var tickets = new TicketStore(database);
        tickets.Open(new Ticket { RequesterId = "warm@example.org", Description = "Imprimante hors ligne", Status = TicketStatus.New, DraftId = "draft-warm" });
        _ = tickets.OpenTicketsOf("warm@example.org");
        _ = tickets.ChangedSince(0);
        var before = CompiledByLiteDb();

        for (var i = 0; i < 50; i++)
        {
            var opened = tickets.Open(new Ticket { RequesterId = $"new{i}@example.org", Description = "Imprimante hors ligne", Status = TicketStatus.New, DraftId = $"draft-{i}" });
            _ = tickets.OpenTicketsOf($"new{i}@example.org");
            _ = tickets.ClosedOf($"new{i}@example.org", DateTimeOffset.UnixEpoch);
            _ = tickets.ChangedSince(i);
            _ = tickets.Find(opened.TicketNumber);
        }

        // Query.EQ wrote each value into the expression's text: LiteDB compiled and kept one delegate per value.
        Assert.InRange(CompiledByLiteDb() - before, 0, 5);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>How many compiled expressions LiteDB keeps in its static caches (keyed by the expression's text).</summary>
    private static int CompiledByLiteDb() =>
        new[] { "_cacheScalar", "_cacheEnumerable" }
            .Select(name => typeof(BsonExpression).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
                ?? throw new InvalidOperationException($"LiteDB's BsonExpression.{name} is not there"))
            .Sum(cache => ((System.Collections.ICollection)cache).Count);
}

/// <summary>Tests that count LiteDB's process-wide compiled expressions run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiteDbExpressionCache
{
    public const string Name = "LiteDB's expression cache";
}
