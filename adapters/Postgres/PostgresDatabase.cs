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
    private readonly Lock _migrating = new();
    private volatile bool _migrated;

    /// <param name="connectionString">An Npgsql connection string (host, port, database, user; the password from the environment).</param>
    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _source = NpgsqlDataSource.Create(connectionString);
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
            transaction.Commit();
            return result;
        }
        finally
        {
            _current.Value = null;
        }
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
