using Npgsql;
using ServiceDesk.Core.Tickets;
using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>
/// What only a shared server adds to the contract: several instances (each its own connection pool, as separate bot
/// processes have) numbering tickets together, and migrating the schema together.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresInstancesTests(PostgresCluster cluster) : IDisposable
{
    private readonly PostgresStores _stores = new(cluster);

    [Fact]
    public void Open_TwoInstancesOpeningAtOnce_NumbersUniqueAndGapFree()
    {
        const int TurnsEach = 30;
        var instances = new[] { _stores.Open(), _stores.Open() };
        var failed = 0;

        AllAtOnce.Run(8, worker =>
        {
            var stores = instances[worker % 2];
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                var fails = turn % 7 == 6;
                try
                {
                    stores.UnitOfWork.InOneTransaction(() =>
                    {
                        stores.Tickets.Open(Draft($"xmpp:worker{worker}@localhost"));
                        if (fails)
                        {
                            throw new InvalidOperationException("this turn fails after numbering its ticket");
                        }
                    });
                }
                catch (InvalidOperationException) when (fails)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });

        var kept = 8 * TurnsEach - failed;
        Assert.Equal(Enumerable.Range(1, kept), instances[0].Tickets.All().Select(t => t.Number));
        Assert.Equal(kept, instances[1].Tickets.LastNumber());
    }

    [Fact]
    public void Open_SameDraftFromTwoInstancesAtOnce_OpensOneTicket()
    {
        var instances = Enumerable.Range(0, 6).Select(_ => _stores.Open()).ToList();

        var numbers = AllAtOnce.Run(instances.Count, i => instances[i].Tickets.Open(Draft("xmpp:alice@localhost") with { DraftId = "same-draft" }).Number);

        Assert.All(numbers, n => Assert.Equal(1, n));
        Assert.Single(instances[0].Tickets.All());
    }

    [Fact]
    public void Migrate_InstancesStartingTogether_ApplyEachStepOnce()
    {
        var versions = AllAtOnce.Run(6, _ =>
        {
            using var database = new PostgresDatabase(_stores.ConnectionString);
            return database.SchemaVersion();
        });

        Assert.All(versions, v => Assert.Equal(Migrations.Latest, v));
        Assert.Equal(Migrations.Latest, Scalar("SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public void Migrate_DatabaseNewerThanThisCode_IsRefusedWithTheReason()
    {
        using (var first = new PostgresDatabase(_stores.ConnectionString))
        {
            first.SchemaVersion();
        }

        Scalar("INSERT INTO schema_migrations (version) VALUES (999) RETURNING version");
        using var database = new PostgresDatabase(_stores.ConnectionString);

        var refused = Assert.Throws<InvalidOperationException>(() => new PostgresTicketStore(database).LastNumber());
        Assert.Contains("newer than this bot knows", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_DocumentRoundTrip_KeepsNestedRecordsAndEnumsByName()
    {
        var stores = _stores.Open();
        var ticket = stores.Tickets.Open(Draft("xmpp:alice@localhost") with
        {
            Solution = new Core.Technicians.Solution(Core.Technicians.SolutionKind.Definitive, "redémarrer", "xmpp:bruno@localhost", Monday),
            Transfers = [new Core.Technicians.Transfer(Monday, "xmpp:bruno@localhost", Core.Technicians.SupportLevel.Level1, Core.Technicians.SupportLevel.Level2, "réseau", null, "VPN")],
            TriedArticles = ["kb-1"],
        });

        var found = stores.Tickets.Find(ticket.TicketNumber);

        Assert.Equal(ticket.Solution, found?.Solution);
        Assert.Equal(ticket.Transfers, found?.Transfers);
        Assert.Equal(["kb-1"], found?.TriedArticles);
        Assert.Equal(1, Scalar("SELECT count(*) FROM tickets WHERE document->>'Status' = 'New' AND document->'Solution'->>'Kind' = 'Definitive'"));
    }

    public void Dispose() => _stores.Delete();

    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Ticket Draft(string requester) => new()
    {
        RequesterId = requester,
        ReplyChannel = "xmpp",
        ReplyAddress = requester[5..],
        Description = "Outlook refuse mon mot de passe",
        Status = TicketStatus.New,
        OpenedAt = Monday,
        UpdatedAt = Monday,
    };

    private long Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(_stores.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
