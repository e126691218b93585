using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>Per-conversation state in PostgreSQL (<see cref="IConversationStore"/>).</summary>
public sealed class PostgresConversationStore(PostgresDatabase database) : IConversationStore
{
    public ConversationRecord? Find(string id) =>
        database.Run(command => command.Sql("SELECT document FROM conversations WHERE id = @id").With("id", id).ReadDocument<ConversationRecord>());

    public void Save(ConversationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        database.Run(command => command.Sql(
                "INSERT INTO conversations (id, document) VALUES (@id, @document) ON CONFLICT (id) DO UPDATE SET document = excluded.document")
            .With("id", record.Id)
            .WithJson("document", Documents.Write(record))
            .ExecuteNonQuery());
    }
}
