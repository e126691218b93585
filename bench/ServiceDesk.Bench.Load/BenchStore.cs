using System.Globalization;
using Npgsql;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Core.Storage;
using ServiceDesk.Testing;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// The store a run measures (<c>--store litedb|postgres</c>): the LiteDB file in the run's folder, or a database on a
/// throw-away PostgreSQL cluster started for the run and stopped by its PID at the end.
/// </summary>
internal sealed class BenchStore : IAsyncDisposable
{
    private const string Database = "desk";
    private readonly PostgresServer? _postgres;

    private BenchStore(string path, PostgresServer? postgres)
    {
        Path = path;
        _postgres = postgres;
    }

    public bool IsPostgres => _postgres is not null;

    /// <summary>The LiteDB file (also names the run's folder with PostgreSQL).</summary>
    public string Path { get; }

    public static async Task<BenchStore> CreateAsync(string kind, string folder)
    {
        var path = System.IO.Path.Combine(folder, "bot", "servicedesk.db");
        if (kind == "litedb")
        {
            return new BenchStore(path, null);
        }

        if (kind != "postgres")
        {
            throw new ArgumentException($"--store {kind}: litedb or postgres.", nameof(kind));
        }

        var postgres = await PostgresServer.StartAsync(CancellationToken.None).ConfigureAwait(false);
        await postgres.CreateDatabaseAsync(Database).ConfigureAwait(false);
        return new BenchStore(path, postgres);
    }

    public string ConnectionString => _postgres?.ConnectionString(Database) ?? "";

    /// <summary>The tickets, and what to dispose once done with them.</summary>
    public (IDisposable Owner, ITicketStore Tickets) OpenTickets()
    {
        if (_postgres is null)
        {
            var file = new ServiceDeskDatabase(Path);
            return (file, new TicketStore(file));
        }

        var database = new PostgresDatabase(ConnectionString);
        return (database, new PostgresTicketStore(database));
    }

    /// <summary>
    /// After a bulk load: what a running PostgreSQL does by itself within minutes (autovacuum: the visibility map and
    /// the planner's statistics), done at once so that it does not run in the middle of the measurements.
    /// </summary>
    public void Settle()
    {
        if (_postgres is null)
        {
            return;
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        command.ExecuteNonQuery();
    }

    /// <summary>The cheapest round trip the store can make, as the floor of a lookup's time (null for an embedded file).</summary>
    public Func<int>? RoundTrip(IDisposable owner) => owner is PostgresDatabase database ? database.SchemaVersion : null;

    public IEnumerable<string> BotArguments() =>
        _postgres is null ? [$"--Storage:Path={Path}"] : ["--Storage:Provider=postgres"];

    public IReadOnlyDictionary<string, string> BotEnvironment() =>
        _postgres is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Storage__ConnectionString"] = ConnectionString };

    /// <summary>What the store takes on disk, as a report line.</summary>
    public async Task<string> SizeAsync()
    {
        if (_postgres is null)
        {
            var log = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileNameWithoutExtension(Path) + "-log.db");
            return string.Create(CultureInfo.InvariantCulture, $"LiteDB file: {Size(Path) / 1048576.0:0.0} MiB (+ log {Size(log) / 1048576.0:0.0} MiB)");
        }

        var bytes = long.Parse((await _postgres.PsqlAsync($"SELECT pg_database_size('{Database}')").ConfigureAwait(false)).Trim(), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"PostgreSQL database: {bytes / 1048576.0:0.0} MiB");
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
