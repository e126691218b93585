using ServiceDesk.Core.Channels;
using ServiceDesk.Storage.Contract;
using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>
/// The InboxStore contract on PostgreSQL, and the delivery key that several instances holding Slack connections share
/// (issue 18): the same delivery kept by two instances is in the inbox once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresInboxStoreTests(PostgresCluster cluster) : InboxStoreContract
{
    private readonly PostgresStores _stores = new(cluster);

    protected override DeskStores Open() => _stores.Open();

    protected override void Close(DeskStores stores) => _stores.Close(stores);

    protected override void Delete() => _stores.Delete();

    [Fact]
    public void KeepOnce_SameDeliveryFromEightInstancesAtOnce_ExactlyOneKept()
    {
        var instances = Enumerable.Range(0, 8).Select(_ => new PostgresDatabase(_stores.ConnectionString)).ToList();
        try
        {
            var stores = instances.Select(d => new PostgresInboxStore(d)).ToList();
            stores[0].Pending("slack");  // Migrated before the race.
            var messages = Enumerable.Range(0, 20).Select(i => SlackMessage($"U0P{i:000}", "bloquée") with { DeliveryKey = $"event:Ev{i:000}" }).ToList();

            var kept = AllAtOnce.Run(stores.Count, i => messages.Count(m => stores[i].KeepOnce(m) is not null)).Sum();

            Assert.Equal(20, kept);
            Assert.Equal(20, stores[0].Pending("slack").Count);
            Assert.Equal(20, stores[0].Pending("slack").Select(p => p.Message.DeliveryKey).Distinct().Count());
        }
        finally
        {
            instances.ForEach(d => d.Dispose());
        }
    }

    private static InboundMessage SlackMessage(string from, string text) =>
        new(new ChannelAddress("slack", from), text, new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
}
