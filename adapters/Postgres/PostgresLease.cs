namespace ServiceDesk.Adapters.Postgres;

/// <summary>
/// A lease row with an expiry: which one of several instances sharing the database does something that must be done
/// by one at a time (hold a chat account's connection, run the desk's periodic checks). The holder renews it well
/// before it expires; when the holder dies, the row expires and another instance takes it.
/// </summary>
/// <remarks>
/// <para>
/// Every time is the server's (<c>now()</c>), never an instance's clock, so instances whose clocks disagree still agree
/// on who holds it. Taking, renewing and taking over are one statement, so two instances can never both succeed.
/// <see cref="Generation"/> grows at every new tenure (another holder, or this one again after its lease expired or was
/// given up; the row is kept at a release, so the number never goes back): a log line can say under which tenure it was
/// made, and the holder's transactions are fenced with it (<see cref="Fence"/>), so a former holder that wakes up after a
/// takeover cannot commit.
/// </para>
/// <para>
/// What it cannot do alone: stop a holder that no longer reaches the server. The holder must count the lease as lost
/// from <c>(start of its last successful renewal) + duration</c> by its own monotonic clock, which is always before
/// the server lets anyone else take it (the renewal started before the server computed its expiry).
/// </para>
/// </remarks>
public sealed class PostgresLease(PostgresDatabase database, string name, string holder, TimeSpan duration)
{
    /// <summary>The lease's name, e.g. <c>channels</c> (every chat account of the desk).</summary>
    public string Name { get; } = name;

    /// <summary>This instance's identity in the lease row (host, process, start).</summary>
    public string Holder { get; } = holder;

    /// <summary>How long a renewal holds it.</summary>
    public TimeSpan Duration { get; } = duration;

    /// <summary>The tenure number of the last successful <see cref="TryHold"/>.</summary>
    public long Generation { get; private set; }

    /// <summary>
    /// Takes the lease when it is free or expired, renews it when this instance holds it; true when it is held now, for
    /// <see cref="Duration"/> from the server's present. A failure to reach the server throws (an <see cref="IOException"/>).
    /// </summary>
    public bool TryHold()
    {
        var generation = database.Run(command => command.Sql("""
                INSERT INTO leases AS l (name, holder, expires_at, generation) VALUES (@name, @holder, now() + @duration, 1)
                ON CONFLICT (name) DO UPDATE
                    SET holder = excluded.holder, expires_at = excluded.expires_at,
                        generation = l.generation + CASE WHEN l.holder = excluded.holder AND l.expires_at >= now() THEN 0 ELSE 1 END
                    WHERE l.holder = excluded.holder OR l.expires_at < now()
                RETURNING generation
                """)
            .With("name", Name).With("holder", Holder).With("duration", Duration)
            .ExecuteScalar());
        if (generation is long held)
        {
            Generation = held;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Gives the lease up at once (a clean stop), so a standby need not wait for it to expire. The row stays, expired, so
    /// that the next tenure's number is still higher than this one's.
    /// </summary>
    public void Release() =>
        database.Run(command => command.Sql("UPDATE leases SET expires_at = '-infinity' WHERE name = @name AND holder = @holder")
            .With("name", Name).With("holder", Holder).ExecuteNonQuery());

    /// <summary>
    /// Fences this flow's transactions with the tenure <paramref name="generation"/> (<see cref="PostgresDatabase.FencedBy"/>):
    /// each commits only while this instance still holds the lease in that tenure, unexpired.
    /// </summary>
    public IDisposable Fence(long generation) => database.FencedBy(Name, Holder, generation);

    /// <summary>Who holds it now (unexpired), or null.</summary>
    public string? CurrentHolder() =>
        database.Run(command => command.Sql("SELECT holder FROM leases WHERE name = @name AND expires_at >= now()")
            .With("name", Name).ExecuteScalar() as string);
}
