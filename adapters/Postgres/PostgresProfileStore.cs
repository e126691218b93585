using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>Requester profiles in PostgreSQL (<see cref="IProfileStore"/>).</summary>
public sealed class PostgresProfileStore(PostgresDatabase database) : IProfileStore
{
    public RequesterProfile? Find(string requesterId) =>
        database.Run(command => command.Sql("SELECT document FROM profiles WHERE id = @id").With("id", requesterId).ReadDocument<RequesterProfile>());

    public void Save(RequesterProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        database.Run(command => command.Sql(
                "INSERT INTO profiles (id, document) VALUES (@id, @document) ON CONFLICT (id) DO UPDATE SET document = excluded.document")
            .With("id", profile.Id)
            .WithJson("document", Documents.Write(profile))
            .ExecuteNonQuery());
    }
}
