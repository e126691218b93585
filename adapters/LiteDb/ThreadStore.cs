using LiteDB;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>Desk threads and where they live on each network, in the desk's LiteDB file (<see cref="IThreadStore"/>).</summary>
public sealed class ThreadStore(ServiceDeskDatabase database) : IThreadStore
{
    internal const string CollectionName = "threads";

    /// <summary>Channel and native reference together, indexed (by <see cref="ServiceDeskDatabase"/>) for the reverse look-up.</summary>
    internal const string NativeKeyField = "nativeKey";

    private ILiteCollection<BsonDocument> Threads => database.Collection<BsonDocument>(CollectionName);

    public void Bind(string channel, ThreadReference thread, string native)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(native);
        database.Write(() => Threads.Upsert(new BsonDocument
        {
            ["_id"] = Id(channel, thread),
            ["channel"] = channel,
            ["thread"] = thread.Key,
            ["nativeRef"] = native,
            [NativeKeyField] = channel + "|" + native,
        }));
    }

    public string? NativeOf(string channel, ThreadReference thread) =>
        database.Read(() => Threads.ById(Id(channel, thread)) is { } found ? found["nativeRef"].AsString : null);

    public ThreadReference? ThreadOf(string channel, string native) =>
        database.Read(() => Threads.FindOne(Query.EQ(NativeKeyField, channel + "|" + native)) is { } found ? new ThreadReference(found["thread"].AsString) : (ThreadReference?)null);

    private static string Id(string channel, ThreadReference thread) => channel + "|" + thread.Key;
}
