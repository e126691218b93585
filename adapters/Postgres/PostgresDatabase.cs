using Npgsql;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>
/// The desk's PostgreSQL database (<see cref="IUnitOfWork"/>): tickets, counters, requester profiles, conversation
/// state, problems, the inbox and the instances' lease, shared by every bot process that points at it.
/// </summary>
/// <remarks>
/// <para>
/// The schema is created and migrated on first use (<see cref="Migrations"/>), not in the constructor, so a bot that
/// starts while the server is away waits and retries like any other turn. Every query takes values as parameters.
/// </para>
/// <para>
/// A transaction is bound to the thread that runs <see cref="InOneTransaction{T}"/> (the work is synchronous): the
/// stores' calls on that thread join it, on one pooled connection. Calls outside any transaction each use a connection
/// of their own, for one statement. Transactions run at read committed; what must not interleave takes a row lock (the
/// ticket counter is locked from a ticket's numbering to its turn's commit, which is what keeps numbers gap-free across
/// instances). Errors that pass (the server restarting, the network, a deadlock) reach the desk as
/// <see cref="StoreUnavailableException"/>, a full disk on the server as <see cref="StoreFullException"/>.
/// </para>
/// </remarks>
public sealed class PostgresDatabase : IUnitOfWork, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly ThreadLocal<NpgsqlTransaction?> _current = new();
    private readonly AsyncLocal<LeaseFence?> _fence = new();
    private readonly Lock _migrating = new();
    private volatile bool _migrated;

    /// <param name="connectionString">An Npgsql connection string (host, port, database, user; the password from the environment).</param>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _source = NpgsqlDataSource.Create(WithIdleTransactionLimit(connectionString));
    }

    /// <summary>
    /// How long the server lets one of this bot's sessions sit idle inside a transaction before it ends the session and
    /// rolls the transaction back. The desk's transactions run without pause (their work is synchronous), so only a
    /// frozen process (SIGSTOP, a suspended VM) reaches it: its row locks (the ticket counter, a conversation, the
    /// lease row the fence reads) are then freed for the instance that takes over instead of blocking it. As long as the
    /// lease (10 s by default): a holder starved of CPU on a loaded machine must not lose its turns for a pause, and the
    /// takeover itself waits only on the lease row, which a turn locks just for its commit.
    /// </summary>
    public static readonly TimeSpan IdleTransactionLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// From now on, in this asynchronous flow (the calls and tasks started from here), every transaction commits only
    /// while <paramref name="holder"/> holds the lease <paramref name="lease"/> in the tenure <paramref name="generation"/>:
    /// it is checked inside the transaction, just before the commit, under a share lock on the lease row (a takeover
    /// waits for the commit, or the commit sees the takeover). Otherwise the transaction is rolled back and
    /// <see cref="StoreFencedException"/> thrown. Disposing the returned scope ends this in the current flow.
    /// </summary>
    public IDisposable FencedBy(string lease, string holder, long generation)
    {
        var previous = _fence.Value;
        _fence.Value = new LeaseFence(lease, holder, generation);
        return new FenceScope(this, previous);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all its writes are kept, or none. A call made inside another
    /// (on the same thread) joins it, and the outermost one commits.
    /// </summary>
    public T InOneTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _current.Value is not null ? work() : PostgresFailure.Translated(() => Outermost(work));
    }

    /// <summary><see cref="InOneTransaction{T}"/> for work that returns nothing.</summary>
    public void InOneTransaction(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        InOneTransaction(() =>
        {
            work();
            return true;
        });
    }

    /// <summary>The schema's version once migrated (forces the migration when it has not run yet).</summary>
    public int SchemaVersion() => Run(command =>
    {
        command.CommandText = "SELECT max(version) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>
    /// Runs one operation with a command bound to the current transaction's connection, or to a connection of its own
    /// outside any transaction; transient errors translated.
    /// </summary>
    internal T Run<T>(Func<NpgsqlCommand, T> operation)
    {
        if (_current.Value is { } transaction)
        {
            using var command = new NpgsqlCommand { Connection = transaction.Connection, Transaction = transaction };
            return operation(command);
        }

        return PostgresFailure.Translated(() =>
        {
            EnsureMigrated();
            using var connection = _source.OpenConnection();
            using var command = connection.CreateCommand();
            return operation(command);
        });
    }

    public void Dispose()
    {
        _source.Dispose();
        _current.Dispose();
    }

    private T Outermost<T>(Func<T> work)
    {
        EnsureMigrated();
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        _current.Value = transaction;
        try
        {
            var result = work();
            if (_fence.Value is { } fence)
            {
                CheckFence(connection, transaction, fence);
            }

            transaction.Commit();
            return result;
        }
        finally
        {
            _current.Value = null;
        }
    }

    private static void CheckFence(NpgsqlConnection connection, NpgsqlTransaction transaction, LeaseFence fence)
    {
        using var command = new NpgsqlCommand(
            "SELECT generation FROM leases WHERE name = @name AND holder = @holder AND expires_at > clock_timestamp() FOR SHARE",
            connection, transaction);
        command.Parameters.AddWithValue("name", fence.Lease);
        command.Parameters.AddWithValue("holder", fence.Holder);
        if (command.ExecuteScalar() is not long generation || generation != fence.Generation)
        {
            throw new StoreFencedException(
                $"The lease {fence.Lease} is no longer held by this instance in tenure {fence.Generation}: another instance took over, " +
                "so this transaction was rolled back.");
        }
    }

    /// <summary>The connection string with <see cref="IdleTransactionLimit"/>, unless it already sets that limit itself.</summary>
    private static string WithIdleTransactionLimit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("idle_in_transaction_session_timeout", StringComparison.Ordinal) != true)
        {
            builder.Options = ((builder.Options ?? "") + " -c idle_in_transaction_session_timeout=" +
                ((long)IdleTransactionLimit.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)).Trim();
        }

        return builder.ConnectionString;
    }

    private sealed record LeaseFence(string Lease, string Holder, long Generation);

    private sealed class FenceScope(PostgresDatabase database, LeaseFence? previous) : IDisposable
    {
        public void Dispose() => database._fence.Value = previous;
    }

    private void EnsureMigrated()
    {
        if (_migrated)
        {
            return;
        }

        lock (_migrating)
        {
            if (_migrated)
            {
                return;
            }

            using var connection = _source.OpenConnection();
            Migrations.Apply(connection);
            _migrated = true;
        }
    }
}
