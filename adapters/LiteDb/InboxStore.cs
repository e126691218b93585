using LiteDB;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Messages received but not yet handled, kept in the desk's LiteDB file so that a crash between receiving
/// a message and answering it loses nothing: each message is written here before its turn runs and removed
/// once the turn is over; at start-up the worker replays what is left.
/// </summary>
/// <remarks>
/// A message replayed after it was in fact handled is dropped by its network id
/// (<see cref="InboundMessage.MessageId"/>) in the dialogue, so replaying is safe. Entries are ordered by
/// their LiteDB <see cref="ObjectId"/>, which grows within a process. Thread-safe (LiteDB is).
/// </remarks>
public sealed class InboxStore(ServiceDeskDatabase database) : IInboxStore
{
    private const string CollectionName = "inbox";

    private ILiteCollection<BsonDocument> Entries => database.Collection<BsonDocument>(CollectionName);

    /// <summary>
    /// Writes the message; returns the id to pass to <see cref="Forget"/> once it is handled. Throws, having written
    /// nothing, when the store cannot write (<see cref="StoreFullException"/> on a full disk).
    /// </summary>
    public InboxEntryId Keep(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var id = ObjectId.NewObjectId();
        var entry = Entry(id, message);
        database.Write(() => Entries.Insert(entry));
        return new InboxEntryId(id.ToString());
    }

    /// <summary>
    /// Keeps the message unless its delivery key was kept on its channel before (a key is remembered an hour after its
    /// message was received, by the message's own time): the key and the entry are written in one transaction. One bot
    /// runs per file, so this only matters for a redelivery the adapter's own check let through.
    /// </summary>
    public InboxEntryId? KeepOnce(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.DeliveryKey is not { } key)
        {
            return Keep(message);
        }

        var id = ObjectId.NewObjectId();
        var entry = Entry(id, message);
        var keyId = message.From.Channel + "\n" + key;
        var received = message.ReceivedAt.UtcDateTime;
        return database.Write(() =>
        {
            if (Deliveries.FindById(keyId) is not null)
            {
                return (InboxEntryId?)null;
            }

            Deliveries.DeleteMany(Query.LT(ReceivedAtField, received - DeliveryKeyLifetime));
            Deliveries.Insert(new BsonDocument { ["_id"] = keyId, [ReceivedAtField] = received });
            Entries.Insert(entry);
            return new InboxEntryId(id.ToString());
        });
    }

    private static readonly TimeSpan DeliveryKeyLifetime = TimeSpan.FromHours(1);

    /// <summary>The delivery keys kept, by channel and key, with the time their message was received (indexed: each keep drops those past their hour).</summary>
    internal const string DeliveriesCollection = "inbox_deliveries";

    internal const string ReceivedAtField = "receivedAt";

    private ILiteCollection<BsonDocument> Deliveries => database.Collection<BsonDocument>(DeliveriesCollection);

    private static BsonDocument Entry(ObjectId id, InboundMessage message) =>
        new()
        {
            ["_id"] = id,
            ["channel"] = message.From.Channel,
            ["from"] = message.From.Value,
            ["room"] = message.From.IsRoom,
            ["text"] = message.Text,
            ["receivedAt"] = message.ReceivedAt.UtcDateTime,
            ["displayName"] = message.DisplayName is { } name ? new BsonValue(name) : BsonValue.Null,
            ["messageId"] = message.MessageId is { } messageId ? new BsonValue(messageId) : BsonValue.Null,
            ["speaker"] = message.Speaker is { } speaker ? new BsonValue(speaker.Value) : BsonValue.Null,
            ["corrects"] = message.Corrects is { } corrects ? new BsonValue(corrects) : BsonValue.Null,
            ["chosenOption"] = message.ChosenOption is { } chosen ? new BsonValue(chosen) : BsonValue.Null,
            ["question"] = Optional(message.Question?.Value),
            ["thread"] = Optional(message.Thread?.Key),
            ["replyHandle"] = Optional(message.ReplyHandle?.Value),
            ["language"] = Optional(message.Language),
            ["timeZone"] = Optional(message.TimeZone),
        };

    /// <summary>Removes a handled message (nothing happens when it is already gone).</summary>
    public void Forget(InboxEntryId id) => database.Write(() => Entries.Delete(new ObjectId(id.Value)));

    /// <summary>What a channel received and never finished handling, oldest first.</summary>
    public IReadOnlyList<(InboxEntryId Id, InboundMessage Message)> Pending(string channel) =>
        database.Read(() => Entries.Find(Query.EQ("channel", channel))
            .OrderBy(d => d["_id"].AsObjectId)
            .Select(d => (new InboxEntryId(d["_id"].AsObjectId.ToString()), ToMessage(d)))
            .ToList());

    private static InboundMessage ToMessage(BsonDocument d)
    {
        var channel = d["channel"].AsString;
        return new InboundMessage(
            new ChannelAddress(channel, d["from"].AsString) { IsRoom = d["room"].AsBoolean },
            d["text"].AsString,
            new DateTimeOffset(DateTime.SpecifyKind(d["receivedAt"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)))
        {
            DisplayName = d["displayName"].IsNull ? null : d["displayName"].AsString,
            MessageId = d["messageId"].IsNull ? null : d["messageId"].AsString,
            Speaker = d["speaker"].IsNull ? null : new ChannelAddress(channel, d["speaker"].AsString),
            Corrects = d.TryGetValue("corrects", out var corrects) && !corrects.IsNull ? corrects.AsString : null,
            ChosenOption = d.TryGetValue("chosenOption", out var chosen) && !chosen.IsNull ? chosen.AsInt32 : null,
            Question = Read(d, "question") is { } question ? new MessageReference(question) : null,
            Thread = Read(d, "thread") is { } thread ? new ThreadReference(thread) : null,
            ReplyHandle = Read(d, "replyHandle") is { } handle ? new ReplyHandle(handle) : null,
            Language = Read(d, "language"),
            TimeZone = Read(d, "timeZone"),
            Replayed = true,
        };
    }

    private static BsonValue Optional(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    // Entries kept by an earlier version lack the newer fields.
    private static string? Read(BsonDocument d, string key) => d.TryGetValue(key, out var value) && !value.IsNull ? value.AsString : null;
}
