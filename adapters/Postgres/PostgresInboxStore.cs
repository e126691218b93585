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
