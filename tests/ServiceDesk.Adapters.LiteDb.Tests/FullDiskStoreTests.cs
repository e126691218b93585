using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// The store on a disk that really fills up (<see cref="VolumeDatabase"/>): a write refused for lack of room leaves the
/// file byte for byte as it was, and the same write passes once there is room again.
/// </summary>
public sealed class FullDiskStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly VolumeDatabase _disk = new();

    [Fact]
    public void Open_DiskFull_LeavesTheCounterTheTicketsAndTheFileAsTheyWere()
    {
        var store = new TicketStore(_disk.Database);
        store.Open(Draft("alice"));
        store.Open(Draft("bob"));
        _disk.Volume.Fill();
        var before = _disk.Bytes();

        var error = Assert.Throws<StoreFullException>(() => store.Open(Draft("carol")));

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Equal(before, _disk.Bytes());
        Assert.Equal(2, store.LastNumber());
        Assert.Equal([1, 2], _disk.ReadFile(file => new TicketStore(file).All().Select(t => t.Number)));
        Assert.Equal(2, _disk.ReadFile(file => new TicketStore(file).LastNumber()));
    }

    [Fact]
    public void Open_RoomBackAfterAFullDisk_GivesTheNextNumberOnce()
    {
        var store = new TicketStore(_disk.Database);
        store.Open(Draft("alice"));
        _disk.Volume.Fill();
        Assert.Throws<StoreFullException>(() => store.Open(Draft("bob")));
        Assert.Throws<StoreFullException>(() => store.Open(Draft("bob")));

        _disk.Volume.MakeRoom();
        var opened = store.Open(Draft("bob"));

        Assert.Equal(2, opened.Number);
        Assert.Equal([("xmpp:alice@localhost", 1), ("xmpp:bob@localhost", 2)],
            _disk.ReadFile(file => new TicketStore(file).All().Select(t => (t.RequesterId, t.Number)).ToList()));
    }

    [Fact]
    public void Open_LessFreeThanTheReserve_IsRefusedBeforeLiteDbMeetsAFailingWrite()
    {
        var store = new TicketStore(_disk.Database);
        store.Open(Draft("alice"));
        _disk.Volume.Quota = _disk.Volume.UsedBytes + (VolumeDatabase.Reserve / 2);

        var error = Assert.Throws<StoreFullException>(() => store.Open(Draft("bob")));

        Assert.Equal(VolumeDatabase.Reserve / 2, error.FreeBytes);
        Assert.Equal(0, _disk.Volume.RefusedWrites);
        Assert.Equal(1, store.LastNumber());
    }

    [Fact]
    public void InOneTransaction_FailingAfterATicketAndAConversationMove_KeepsNeither()
    {
        var tickets = new TicketStore(_disk.Database);
        var conversations = new ConversationStore(_disk.Database);

        Assert.Throws<IOException>(() => _disk.Database.InOneTransaction(() =>
        {
            tickets.Open(Draft("alice"));
            conversations.Save(new ConversationRecord { Id = "xmpp:alice@localhost", State = ConversationState.Confirming });
            throw new IOException("The disk went away half-way through the turn.");
        }));

        Assert.Equal(0, tickets.LastNumber());
        Assert.Empty(tickets.All());
        Assert.Null(conversations.Find("xmpp:alice@localhost"));
        Assert.Equal(1, tickets.Open(Draft("alice")).Number);
    }

    [Fact]
    public void Open_FromManyThreadsAtOnce_GivesEachNumberOnce()
    {
        var store = new TicketStore(_disk.Database);
        var inbox = new InboxStore(_disk.Database);

        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            store.Open(Draft($"user{i}"));
            inbox.Forget(inbox.Keep(new InboundMessage(new ChannelAddress("xmpp", $"user{i}@localhost"), "statut", Now)));
        });

        Assert.Equal(Enumerable.Range(1, 40), store.All().Select(t => t.Number));
        Assert.Equal(40, store.LastNumber());
        Assert.Empty(inbox.Pending("xmpp"));
    }

    [Fact]
    public void Keep_DiskFull_ThrowsKeepsNothingAndKeepsOnceThereIsRoom()
    {
        var inbox = new InboxStore(_disk.Database);
        var message = new InboundMessage(new ChannelAddress("console", "alice"), "mon imprimante ne marche plus", Now);
        _disk.Volume.Fill();

        Assert.Throws<StoreFullException>(() => inbox.Keep(message));
        Assert.Empty(inbox.Pending("console"));

        _disk.Volume.MakeRoom();
        inbox.Keep(message);

        Assert.Equal([message with { Replayed = true }], inbox.Pending("console").Select(p => p.Message));
    }

    [Fact]
    public void Open_SlowDisk_IsOnlySlower()
    {
        var store = new TicketStore(_disk.Database);
        _disk.Volume.WriteDelay = TimeSpan.FromMilliseconds(20);

        var numbers = Enumerable.Range(0, 3).Select(i => store.Open(Draft($"user{i}")).Number).ToList();

        Assert.Equal([1, 2, 3], numbers);
    }

    private static Ticket Draft(string user) => new()
    {
        RequesterId = $"xmpp:{user}@localhost",
        ReplyChannel = "xmpp",
        ReplyAddress = $"{user}@localhost",
        Description = "Outlook refuse mon mot de passe",
        Type = RequestType.Incident,
        Status = TicketStatus.New,
        OpenedAt = Now,
        UpdatedAt = Now,
    };

    public void Dispose() => _disk.Dispose();
}
