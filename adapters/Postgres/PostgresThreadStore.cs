using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>Desk threads and where they live on each network, in PostgreSQL (<see cref="IThreadStore"/>).</summary>
public sealed class PostgresThreadStore(PostgresDatabase database) : IThreadStore
{
    public void Bind(string channel, ThreadReference thread, string native) =>
        database.Run(command => command.Sql(
                "INSERT INTO threads (channel, thread, native) VALUES (@channel, @thread, @native) "
                + "ON CONFLICT (channel, thread) DO UPDATE SET native = excluded.native")
            .With("channel", channel)
            .With("thread", thread.Key)
            .With("native", native)
            .ExecuteNonQuery());

    public string? NativeOf(string channel, ThreadReference thread) =>
        database.Run(command => command.Sql("SELECT native FROM threads WHERE channel = @channel AND thread = @thread")
            .With("channel", channel).With("thread", thread.Key).ExecuteScalar() as string);

    public ThreadReference? ThreadOf(string channel, string native) =>
        database.Run(command => command.Sql("SELECT thread FROM threads WHERE channel = @channel AND native = @native")
            .With("channel", channel).With("native", native).ExecuteScalar() is string thread ? new ThreadReference(thread) : (ThreadReference?)null);
}
