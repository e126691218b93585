using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>Tickets and their sequential numbers in PostgreSQL (<see cref="ITicketStore"/>).</summary>
/// <remarks>
/// A number is taken under a row lock on the ticket counter that lasts until the turn's transaction ends: two instances
/// opening tickets at once take turns there, and a turn that fails gives its number back, so numbers stay unique and
/// gap-free. The open-ticket queries go through partial indexes (see <see cref="Migrations"/>).
/// </remarks>
public sealed class PostgresTicketStore(PostgresDatabase database) : ITicketStore
{
    private const string Columns = "number, draft_id, requester_id, status, opened_at, taken_at, announced_at, document";
    private const string IsOpen = "status <> 'Closed'";

    /// <summary>
    /// Gives the draft the next number and stores it, both in one transaction (the turn's, when it runs in one); a draft
    /// whose <see cref="Ticket.DraftId"/> was already opened returns that ticket.
    /// </summary>
    public Ticket Open(Ticket draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return database.InOneTransaction(() => database.Run(command =>
        {
            var last = LockCounter(command);
            if (draft.DraftId is { Length: > 0 } draftId
                && command.Sql("SELECT document FROM tickets WHERE draft_id = @draft").With("draft", draftId).ReadDocument<Ticket>() is { } existing)
            {
                return existing;
            }

            var ticket = draft with { Number = last + 1 };
            Insert(command, ticket);
            SetCounter(command, ticket.Number);
            return ticket;
        }));
    }

    /// <summary>Stores many tickets in one transaction (binary COPY), numbered after the counter.</summary>
    public int Import(IEnumerable<Ticket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        return database.InOneTransaction(() => database.Run(command =>
        {
            var next = LockCounter(command);
            var written = 0;
            using (var copy = command.Connection!.BeginBinaryImport($"COPY tickets ({Columns}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var ticket in tickets)
                {
                    Write(copy, ticket with { Number = ++next });
                    written++;
                }

                copy.Complete();
            }

            SetCounter(command, next);
            return written;
        }));
    }

    /// <summary>Writes a changed ticket whole.</summary>
    public void Save(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var updated = database.Run(command => command.Sql(
                "UPDATE tickets SET draft_id = @draft, requester_id = @requester, status = @status, opened_at = @opened, taken_at = @taken, announced_at = @announced, document = @document, changed = nextval('ticket_changes') WHERE number = @number")
            .WithTicket(ticket)
            .ExecuteNonQuery());
        if (updated == 0)
        {
            throw new InvalidOperationException($"Ticket {ticket.TicketNumber} does not exist.");
        }
    }

    public Ticket? Find(TicketNumber number) =>
        database.Run(command => command.Sql("SELECT document FROM tickets WHERE number = @number").With("number", number.Value).ReadDocument<Ticket>());

    public IReadOnlyList<Ticket> OpenTicketsOf(string requesterId) => Tickets(
        $"WHERE requester_id = @requester AND {IsOpen} ORDER BY number", ("requester", requesterId));

    public IReadOnlyList<Ticket> OpenTickets() => Tickets($"WHERE {IsOpen} ORDER BY number");

    /// <summary>Through the partial index on a requester's closed tickets; the closure time is in the document.</summary>
    public IReadOnlyList<Ticket> ClosedOf(string requesterId, DateTimeOffset since) =>
        [.. Tickets("WHERE requester_id = @requester AND status = 'Closed' ORDER BY number DESC", ("requester", requesterId))
            .Where(t => (t.ClosedAt ?? t.UpdatedAt) >= since)
            .OrderByDescending(t => t.ClosedAt ?? t.UpdatedAt)];

    public IReadOnlyList<Ticket> NotAnnounced() => Tickets($"WHERE {IsOpen} AND announced_at IS NULL ORDER BY number");

    public IReadOnlyList<Ticket> TakenAndOpen() => Tickets($"WHERE {IsOpen} AND taken_at IS NOT NULL ORDER BY number");

    public IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since) =>
        Tickets("WHERE opened_at >= @since ORDER BY number DESC", ("since", since.UtcDateTime));

    public int LastNumber() => database.Run(command =>
        Convert.ToInt32(command.Sql("SELECT value FROM counters WHERE name = 'ticket'").ExecuteScalar(), CultureInfo.InvariantCulture));

    public IReadOnlyList<Ticket> After(int number) => Tickets("WHERE number > @number ORDER BY number", ("number", number));

    public IReadOnlyList<Ticket> All() => Tickets("ORDER BY number");

    /// <remarks>Only the one column is read, through the partial index on waiting tickets: it is asked on every new request.</remarks>
    public IReadOnlyList<DateTimeOffset> WaitingOpenings() => database.Run(command =>
    {
        command.Sql("SELECT opened_at FROM tickets WHERE status = 'New'");
        var openings = new List<DateTimeOffset>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            openings.Add(new DateTimeOffset(reader.GetFieldValue<DateTime>(0), TimeSpan.Zero));
        }

        return openings;
    });

    /// <remarks>The highest change visible, from the index on <c>changed</c> (schema step 5).</remarks>
    public long LastChange() => database.Run(command =>
        Convert.ToInt64(command.Sql("SELECT coalesce(max(changed), 0) FROM tickets").ExecuteScalar(), CultureInfo.InvariantCulture));

    /// <remarks>
    /// Through the index on <c>changed</c>. Values come from a sequence taken at write time, so a turn that commits
    /// after a later one shows a smaller value than one already seen: readers ask again from a little before.
    /// </remarks>
    public IReadOnlyList<TicketChange> ChangedSince(long change) => database.Run(command =>
    {
        command.Sql("SELECT changed, document FROM tickets WHERE changed > @change ORDER BY changed").With("change", change);
        var found = new List<TicketChange>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(new TicketChange(reader.GetInt64(0), Documents.Read<Ticket>(reader.GetString(1))));
        }

        return found;
    });

    private List<Ticket> Tickets(string condition, params (string Name, object Value)[] parameters) => database.Run(command =>
    {
        command.Sql("SELECT document FROM tickets " + condition);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return command.ReadDocuments<Ticket>();
    });

    private static int LockCounter(NpgsqlCommand command) => Convert.ToInt32(
        command.Sql("SELECT value FROM counters WHERE name = 'ticket' FOR UPDATE").ExecuteScalar(), CultureInfo.InvariantCulture);

    private static void SetCounter(NpgsqlCommand command, int value) =>
        command.Sql("UPDATE counters SET value = @value WHERE name = 'ticket'").With("value", value).ExecuteNonQuery();

    private static void Insert(NpgsqlCommand command, Ticket ticket) => command.Sql(
            $"INSERT INTO tickets ({Columns}) VALUES (@number, @draft, @requester, @status, @opened, @taken, @announced, @document)")
        .WithTicket(ticket)
        .ExecuteNonQuery();

    private static void Write(NpgsqlBinaryImporter copy, Ticket ticket)
    {
        copy.StartRow();
        copy.Write(ticket.Number, NpgsqlDbType.Integer);
        WriteOrNull(copy, DraftIdOf(ticket), NpgsqlDbType.Text);
        copy.Write(ticket.RequesterId, NpgsqlDbType.Text);
        copy.Write(ticket.Status.ToString(), NpgsqlDbType.Text);
        copy.Write(ticket.OpenedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        WriteOrNull(copy, ticket.TakenAt?.UtcDateTime, NpgsqlDbType.TimestampTz);
        WriteOrNull(copy, ticket.AnnouncedAt?.UtcDateTime, NpgsqlDbType.TimestampTz);
        copy.Write(Documents.Write(ticket), NpgsqlDbType.Jsonb);
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    internal static string? DraftIdOf(Ticket ticket) => ticket.DraftId is { Length: > 0 } id ? id : null;
}
