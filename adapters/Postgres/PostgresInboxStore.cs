using System.Globalization;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>
/// Messages received but not yet handled, in PostgreSQL (<see cref="IInboxStore"/>): shared by every instance, so the one
/// that takes over replays what the one that died had kept and not finished.
/// </summary>
/// <remarks>Entries are ordered by an identity column, which grows with every insert.</remarks>
public sealed class PostgresInboxStore(PostgresDatabase database) : IInboxStore
{
    public InboxEntryId Keep(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = database.Run(command => command.Sql("INSERT INTO inbox (channel, message) VALUES (@channel, @message) RETURNING id")
            .With("channel", message.From.Channel)
            .WithJson("message", Documents.Write(message with { Replayed = false }))
            .ExecuteScalar());
        return new InboxEntryId(Convert.ToString(id, CultureInfo.InvariantCulture)!);
    }

    /// <summary>
    /// How long a delivery key is remembered after its message was kept: well past Slack's last retry (about five minutes
    /// after the first delivery). Older keys are deleted now and then by <see cref="KeepOnce"/>.
    /// </summary>
    public static readonly TimeSpan DeliveryKeyLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// One statement: the key is claimed in <c>inbox_deliveries</c> (its primary key is the unique delivery key across
    /// instances) and the message written only when the claim is new. Two instances keeping the same delivery at once:
    /// the second waits on the key's index entry until the first commits, then finds it taken and writes nothing.
    /// </summary>
    public InboxEntryId? KeepOnce(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.DeliveryKey is not { } key)
        {
            return Keep(message);
        }

        if (Random.Shared.Next(500) == 0)
        {
            database.Run(command => command.Sql("DELETE FROM inbox_deliveries WHERE kept_at < now() - @lifetime")
                .With("lifetime", DeliveryKeyLifetime).ExecuteNonQuery());
        }

        var id = database.Run(command => command.Sql("""
                WITH claimed AS (
                    INSERT INTO inbox_deliveries (channel, key) VALUES (@channel, @key) ON CONFLICT DO NOTHING RETURNING 1)
                INSERT INTO inbox (channel, message) SELECT @channel, @message WHERE EXISTS (SELECT 1 FROM claimed)
                RETURNING id
                """)
            .With("channel", message.From.Channel)
            .With("key", key)
            .WithJson("message", Documents.Write(message with { Replayed = false }))
            .ExecuteScalar());
        return id is null ? null : new InboxEntryId(Convert.ToString(id, CultureInfo.InvariantCulture)!);
    }

    public void Forget(InboxEntryId id)
    {
        if (!long.TryParse(id.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return;
        }

        database.Run(command => command.Sql("DELETE FROM inbox WHERE id = @id").With("id", number).ExecuteNonQuery());
    }

    public IReadOnlyList<(InboxEntryId Id, InboundMessage Message)> Pending(string channel) => database.Run(command =>
    {
        command.Sql("SELECT id, message FROM inbox WHERE channel = @channel ORDER BY id").With("channel", channel);
        var pending = new List<(InboxEntryId, InboundMessage)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var message = Documents.Read<InboundMessage>(reader.GetString(1)) with { Replayed = true };
            pending.Add((new InboxEntryId(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture)), message));
        }

        return pending;
    });
}
