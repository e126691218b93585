using Npgsql;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>
/// The schema, as numbered steps applied in order at start-up: each one once, in its own transaction with its version
/// recorded in <c>schema_migrations</c>. Instances starting together take turns on an advisory lock, so a step never
/// runs twice. A step is never edited once released: a change is a new step.
/// </summary>
/// <remarks>
/// Every record is kept whole as JSON (<see cref="Documents"/>); the columns beside it are there for the desk's queries
/// and their indexes. The indexes on open tickets are partial (<c>status &lt;&gt; 'Closed'</c>): a desk's store is
/// mostly closed tickets, and what the desk asks about is the open ones.
/// </remarks>
internal static class Migrations
{
    /// <summary>Key of the advisory lock that makes starting instances migrate one at a time.</summary>
    private const long LockKey = 0x5344_4D49_4752; // "SDMIGR"

    public static readonly IReadOnlyList<(int Version, string Sql)> Steps =
    [
        (1, """
            CREATE TABLE counters (name text PRIMARY KEY, value integer NOT NULL);
            INSERT INTO counters (name, value) VALUES ('ticket', 0), ('problem', 0);
            CREATE TABLE tickets (
                number integer PRIMARY KEY,
                draft_id text,
                requester_id text NOT NULL,
                status text NOT NULL,
                opened_at timestamptz NOT NULL,
                taken_at timestamptz,
                announced_at timestamptz,
                document jsonb NOT NULL);
            CREATE UNIQUE INDEX tickets_draft_id ON tickets (draft_id) WHERE draft_id IS NOT NULL;
            CREATE INDEX tickets_requester_open ON tickets (requester_id, number) WHERE status <> 'Closed';
            CREATE INDEX tickets_open ON tickets (number) WHERE status <> 'Closed';
            CREATE INDEX tickets_not_announced ON tickets (number) WHERE status <> 'Closed' AND announced_at IS NULL;
            CREATE INDEX tickets_taken_open ON tickets (number) WHERE status <> 'Closed' AND taken_at IS NOT NULL;
            CREATE INDEX tickets_waiting ON tickets (opened_at) WHERE status = 'New';
            CREATE INDEX tickets_opened_at ON tickets (opened_at);
            CREATE TABLE conversations (id text PRIMARY KEY, document jsonb NOT NULL);
            CREATE TABLE profiles (id text PRIMARY KEY, document jsonb NOT NULL);
            CREATE TABLE problems (number integer PRIMARY KEY, status text NOT NULL, document jsonb NOT NULL);
            CREATE INDEX problems_unresolved ON problems (number) WHERE status <> 'Resolved';
            CREATE TABLE inbox (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, channel text NOT NULL, message jsonb NOT NULL);
            CREATE INDEX inbox_channel ON inbox (channel, id);
            """),
        (2, """
            CREATE TABLE leases (
                name text PRIMARY KEY,
                holder text NOT NULL,
                expires_at timestamptz NOT NULL,
                generation bigint NOT NULL);
            """),
        (3, """
            CREATE INDEX tickets_requester_closed ON tickets (requester_id, number) WHERE status = 'Closed';
            """),
        (4, """
            CREATE TABLE threads (
                channel text NOT NULL,
                thread text NOT NULL,
                native text NOT NULL,
                PRIMARY KEY (channel, thread));
            CREATE UNIQUE INDEX threads_native ON threads (channel, native);
            """),
        (5, """
            CREATE SEQUENCE ticket_changes AS bigint;
            ALTER TABLE tickets ADD COLUMN changed bigint;
            UPDATE tickets SET changed = nextval('ticket_changes');
            ALTER TABLE tickets ALTER COLUMN changed SET DEFAULT nextval('ticket_changes'), ALTER COLUMN changed SET NOT NULL;
            ALTER SEQUENCE ticket_changes OWNED BY tickets.changed;
            CREATE INDEX tickets_changed ON tickets (changed);
            """),
        (6, """
            INSERT INTO counters (name, value) VALUES ('outage', 0);
            CREATE TABLE outages (number integer PRIMARY KEY, status text NOT NULL, document jsonb NOT NULL);
            CREATE TABLE outage_people (
                outage integer NOT NULL REFERENCES outages (number),
                person text NOT NULL,
                added timestamptz NOT NULL,
                document jsonb NOT NULL,
                PRIMARY KEY (outage, person));
            CREATE TABLE outage_notices (
                outage integer NOT NULL REFERENCES outages (number),
                sequence integer NOT NULL,
                person text NOT NULL,
                channel text NOT NULL,
                queued_at timestamptz NOT NULL,
                sent_at timestamptz,
                document jsonb NOT NULL,
                PRIMARY KEY (outage, sequence, person));
            CREATE INDEX outage_notices_unsent ON outage_notices (channel, queued_at) WHERE sent_at IS NULL;
            """),
        (7, """
            CREATE TABLE inbox_deliveries (
                channel text NOT NULL,
                key text NOT NULL,
                kept_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (channel, key));
            CREATE INDEX inbox_deliveries_kept_at ON inbox_deliveries (kept_at);
            """),
    ];

    /// <summary>The newest version this code knows.</summary>
    public static int Latest => Steps[^1].Version;

    /// <summary>Applies the steps the database has not had yet; refuses a database newer than this code.</summary>
    public static void Apply(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", LockKey));
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection, transaction))
        {
            var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (current > Latest)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL store is at schema version {current}, newer than this bot knows ({Latest}): run a bot at least as recent as the one that migrated it.");
            }

            foreach (var (version, sql) in Steps.Where(s => s.Version > current))
            {
                Execute(connection, transaction, sql);
                Execute(connection, transaction, "INSERT INTO schema_migrations (version) VALUES (@version)", ("version", version));
            }
        }

        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
