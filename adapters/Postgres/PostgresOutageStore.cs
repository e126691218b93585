using System.Globalization;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>
/// Major incidents, the people of their lists (one row each, so turns of different people never write the same row)
/// and the outage outbox (one row per outage, update and person: the key keeps anyone from being queued twice), in
/// PostgreSQL (schema step 5).
/// </summary>
public sealed class PostgresOutageStore(PostgresDatabase database) : IOutageStore
{
    public Outage Open(Outage outage)
    {
        ArgumentNullException.ThrowIfNull(outage);
        return database.InOneTransaction(() => database.Run(command =>
        {
            var next = Convert.ToInt32(command.Sql("SELECT value FROM counters WHERE name = 'outage' FOR UPDATE").ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
            command.Sql("UPDATE counters SET value = @value WHERE name = 'outage'").With("value", next).ExecuteNonQuery();
            var opened = outage with { Number = next };
            command.Sql("INSERT INTO outages (number, status, document) VALUES (@number, @status, @document)")
                .With("number", opened.Number).With("status", opened.Status.ToString()).WithJson("document", Documents.Write(opened))
                .ExecuteNonQuery();
            return opened;
        }));
    }

    public void Save(Outage outage)
    {
        ArgumentNullException.ThrowIfNull(outage);
        var updated = database.Run(command => command.Sql("UPDATE outages SET status = @status, document = @document WHERE number = @number")
            .With("number", outage.Number).With("status", outage.Status.ToString()).WithJson("document", Documents.Write(outage))
            .ExecuteNonQuery());
        if (updated == 0)
        {
            throw new InvalidOperationException($"Outage {outage.Name} does not exist.");
        }
    }

    public Outage? Find(int number) =>
        database.Run(command => command.Sql("SELECT document FROM outages WHERE number = @number").With("number", number).ReadDocument<Outage>());

    public IReadOnlyList<Outage> Unresolved() =>
        database.Run(command => command.Sql("SELECT document FROM outages WHERE status = 'Open' ORDER BY number").ReadDocuments<Outage>());

    public IReadOnlyList<Outage> All() =>
        database.Run(command => command.Sql("SELECT document FROM outages ORDER BY number").ReadDocuments<Outage>());

    public IReadOnlyList<Outage> Current(DateTimeOffset resolvedSince) =>
        database.Run(command => command.Sql(
                "SELECT document FROM outages WHERE status <> 'Resolved' OR (document->>'ResolvedAt')::timestamptz >= @since ORDER BY number")
            .With("since", Parameters.Utc(resolvedSince)).ReadDocuments<Outage>());

    public void SavePerson(OutagePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        database.Run(command => command.Sql(
                "INSERT INTO outage_people (outage, person, added, document) VALUES (@outage, @person, @added, @document) "
                + "ON CONFLICT (outage, person) DO UPDATE SET document = excluded.document")
            .With("outage", person.Outage).With("person", person.PersonId).With("added", Parameters.Utc(person.At))
            .WithJson("document", Documents.Write(person))
            .ExecuteNonQuery());
    }

    public OutagePerson? FindPerson(int outage, string personId) =>
        database.Run(command => command.Sql("SELECT document FROM outage_people WHERE outage = @outage AND person = @person")
            .With("outage", outage).With("person", personId).ReadDocument<OutagePerson>());

    public IReadOnlyList<OutagePerson> People(int outage) =>
        database.Run(command => command.Sql("SELECT document FROM outage_people WHERE outage = @outage ORDER BY added, person COLLATE \"C\"")
            .With("outage", outage).ReadDocuments<OutagePerson>());

    public void Queue(IReadOnlyList<OutageNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        database.InOneTransaction(() => database.Run(command =>
        {
            foreach (var notice in notices)
            {
                command.Sql(
                        "INSERT INTO outage_notices (outage, sequence, person, channel, queued_at, document) "
                        + "VALUES (@outage, @sequence, @person, @channel, @queued, @document) ON CONFLICT DO NOTHING")
                    .With("outage", notice.Outage).With("sequence", notice.Sequence).With("person", notice.PersonId)
                    .With("channel", notice.Channel).With("queued", Parameters.Utc(notice.QueuedAt)).WithJson("document", Documents.Write(notice))
                    .ExecuteNonQuery();
            }

            return notices.Count;
        }));
    }

    public IReadOnlyList<OutageNotice> Unsent(string channel, int max) =>
        database.Run(command => command.Sql(
                "SELECT document FROM outage_notices WHERE channel = @channel AND sent_at IS NULL "
                + "ORDER BY queued_at, outage, sequence, person COLLATE \"C\" LIMIT @max")
            .With("channel", channel).With("max", max).ReadDocuments<OutageNotice>());

    public void MarkAttempted(string noticeId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        var parts = noticeId.Split('|', 3);
        database.Run(command => command.Sql(
                "UPDATE outage_notices SET document = jsonb_set(document, '{AttemptedAt}', to_jsonb(@text)) "
                + "WHERE outage = @outage AND sequence = @sequence AND person = @person AND sent_at IS NULL")
            .With("text", at.ToString("O", CultureInfo.InvariantCulture))
            .With("outage", int.Parse(parts[0], CultureInfo.InvariantCulture)).With("sequence", int.Parse(parts[1], CultureInfo.InvariantCulture))
            .With("person", parts[2])
            .ExecuteNonQuery());
    }

    public void MarkSent(string noticeId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        var parts = noticeId.Split('|', 3);
        database.Run(command => command.Sql(
                "UPDATE outage_notices SET sent_at = @at, document = jsonb_set(document, '{SentAt}', to_jsonb(@text)) "
                + "WHERE outage = @outage AND sequence = @sequence AND person = @person AND sent_at IS NULL")
            .With("at", Parameters.Utc(at)).With("text", at.ToString("O", CultureInfo.InvariantCulture))
            .With("outage", int.Parse(parts[0], CultureInfo.InvariantCulture)).With("sequence", int.Parse(parts[1], CultureInfo.InvariantCulture))
            .With("person", parts[2])
            .ExecuteNonQuery());
    }

    public IReadOnlyList<OutageNotice> Notices(int outage) =>
        database.Run(command => command.Sql("SELECT document FROM outage_notices WHERE outage = @outage ORDER BY sequence, person COLLATE \"C\"")
            .With("outage", outage).ReadDocuments<OutageNotice>());
}
