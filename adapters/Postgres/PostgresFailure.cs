using Npgsql;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>
/// Which of PostgreSQL's and Npgsql's errors pass once the server or the network are back, and their translation into
/// the core's <see cref="StoreUnavailableException"/> (<see cref="StoreFullException"/> for a full disk), so that
/// <see cref="StoreFailure.IsTransient"/> needs no Npgsql type.
/// </summary>
internal static class PostgresFailure
{
    /// <summary>
    /// True for a server that cannot be reached, shuts down, restarts or is out of room, a lost connection, a
    /// timeout, a deadlock or a serialization failure: the transaction kept nothing and may run again. False for a
    /// complaint about a statement or a value (a bug).
    /// </summary>
    public static bool IsTransient(NpgsqlException error) => error switch
    {
        PostgresException server => IsTransientState(server.SqlState),
        _ => true,
    };

    /// <summary>
    /// The SQLSTATE classes worth a retry: connection (08), resources (53), operator intervention (57), rollback (40), and
    /// the session ended by the server after sitting idle inside a transaction (25P03: a process frozen mid-turn, see
    /// <see cref="PostgresDatabase.IdleTransactionLimit"/>).
    /// </summary>
    public static bool IsTransientState(string state) =>
        state == "25P03"
        || state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("57", StringComparison.Ordinal) || state.StartsWith("40", StringComparison.Ordinal);

    /// <summary>Runs <paramref name="operation"/>, reporting transient errors as the core's <see cref="IOException"/>s.</summary>
    public static T Translated<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.DiskFull)
        {
            throw new StoreFullException($"The PostgreSQL server is out of disk space; nothing of the transaction was kept: {error.MessageText}", error);
        }
        catch (NpgsqlException error) when (IsTransient(error))
        {
            throw new StoreUnavailableException($"The PostgreSQL store is not available for now: {error.Message}", error);
        }
        catch (TimeoutException error)
        {
            throw new StoreUnavailableException($"The PostgreSQL store did not answer in time: {error.Message}", error);
        }
    }
}
