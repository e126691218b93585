using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tests.Storage;

/// <summary>
/// The turn read cache on a store this process owns (the bot's LiteDB file): the conversations and profiles a commit
/// published are read from memory afterwards, in the next turns and outside them; what a failed transaction saved, what
/// two transactions published at once, and a key spelled otherwise are read from the store, which decides.
/// </summary>
public sealed class TurnReadCacheOwnedStoreTests : IDisposable
{
    private const string Alice = "xmpp:alice@localhost";

    private readonly TemporaryDatabase _db = new();
    private readonly TurnReadCache _cache = new(ownsStore: true);
    private readonly CountingConversations _counted;
    private readonly CountingProfiles _profilesCounted;
    private readonly IUnitOfWork _store;
    private readonly IConversationStore _conversations;
    private readonly IProfileStore _profiles;

    public TurnReadCacheOwnedStoreTests()
    {
        _counted = new CountingConversations(new ConversationStore(_db.Database));
        _profilesCounted = new CountingProfiles(new ProfileStore(_db.Database));
        _store = _cache.Around((IUnitOfWork)_db.Database);
        _conversations = _cache.Around(_counted);
        _profiles = _cache.Around(_profilesCounted);
    }

    [Fact]
    public void Conversation_CommittedByATurn_IsReadFromMemoryByTheNextTurnAndOutsideOne()
    {
        _store.InOneTransaction(() => _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Gathering }));

        var next = _store.InOneTransaction(() => _conversations.Find(Alice));
        var outside = _conversations.Find(Alice);

        Assert.Equal(0, _counted.Reads);
        Assert.Equal(ConversationState.Gathering, next?.State);
        Assert.Same(next, outside);
        Assert.Equal(ConversationState.Gathering, new ConversationStore(_db.Database).Find(Alice)?.State);
    }

    [Fact]
    public void Profile_CommittedByATurn_IsReadFromMemoryByTheNextTurn()
    {
        _store.InOneTransaction(() => _profiles.Save(new RequesterProfile { Id = Alice, Workstation = "PC-0042" }));

        var next = _store.InOneTransaction(() => _profiles.Find(Alice));

        Assert.Equal(0, _profilesCounted.Reads);
        Assert.Equal("PC-0042", next?.Workstation);
    }

    [Fact]
    public void Conversation_NeverSavedThroughTheCache_IsReadFromTheStoreEachTurn()
    {
        // Only what a commit published is remembered, never what a read found.
        new ConversationStore(_db.Database).Save(new ConversationRecord { Id = Alice, State = ConversationState.Gathering });

        _ = _store.InOneTransaction(() => _conversations.Find(Alice));
        _ = _store.InOneTransaction(() => _conversations.Find(Alice));

        Assert.Equal(2, _counted.Reads);
    }

    [Fact]
    public void Conversation_SavedByATransactionThatFailed_IsReadFromTheStoreAfter()
    {
        _store.InOneTransaction(() => _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Gathering }));

        Assert.Throws<InvalidOperationException>(() => _store.InOneTransaction(() =>
        {
            _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Confirming });
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Equal(ConversationState.Gathering, _conversations.Find(Alice)?.State);
        Assert.Equal(1, _counted.Reads);
    }

    [Fact]
    public void Conversation_WhoseCommitsReplyWasLost_IsWhatTheStoreKept()
    {
        // The store committed, then the reply failed (a lost connection, a flush that failed after the write): the
        // caller sees a failure, the store has the new record. Memory must not answer with the one before.
        var lossy = _cache.Around(new ReplyLost(_db.Database));
        _store.InOneTransaction(() => _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Gathering }));

        Assert.Throws<IOException>(() => lossy.InOneTransaction(() =>
            _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Confirming })));

        Assert.Equal(ConversationState.Confirming, _conversations.Find(Alice)?.State);
    }

    [Fact]
    public async Task Conversation_SavedByTwoTransactionsAtOnce_IsReadFromTheStore_WhichKeptTheLastCommit()
    {
        using var firstBegan = new ManualResetEventSlim();
        using var secondCommitted = new ManualResetEventSlim();
        var first = Task.Run(() => _store.InOneTransaction(() =>
        {
            firstBegan.Set();
            Assert.True(secondCommitted.Wait(TimeSpan.FromSeconds(30)));
            _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Confirming });
        }));

        Assert.True(firstBegan.Wait(TimeSpan.FromSeconds(30)));
        _store.InOneTransaction(() => _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Gathering }));
        secondCommitted.Set();
        await first;

        // The first began before the second published and committed after it: the store holds the first's record.
        Assert.Equal(ConversationState.Confirming, _conversations.Find(Alice)?.State);
        Assert.Equal(1, _counted.Reads);
    }

    [Fact]
    public void Conversation_AskedByAnotherSpelling_IsReadFromTheStore()
    {
        _store.InOneTransaction(() => _conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Gathering }));

        _ = _conversations.Find("XMPP:Alice@localhost");

        Assert.Equal(1, _counted.Reads);
    }

    [Fact]
    public void StoreNotOwned_CommittedConversation_IsReadFromTheStoreByTheNextTurn()
    {
        // Several instances on one PostgreSQL database: each reads what the others may have written.
        using var shared = new TurnReadCache();
        var store = shared.Around((IUnitOfWork)_db.Database);
        var conversations = shared.Around(_counted);
        store.InOneTransaction(() => conversations.Save(new ConversationRecord { Id = Alice, State = ConversationState.Gathering }));

        _ = store.InOneTransaction(() => conversations.Find(Alice));

        Assert.Equal(1, _counted.Reads);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _db.Dispose();
    }

    /// <summary>Commits, then reports a failure, as a store whose reply to the commit was lost does.</summary>
    private sealed class ReplyLost(IUnitOfWork inner) : IUnitOfWork
    {
        public T InOneTransaction<T>(Func<T> work)
        {
            inner.InOneTransaction(work);
            throw new IOException("The connection was lost after the commit was sent.");
        }

        public void InOneTransaction(Action work) => InOneTransaction(() =>
        {
            work();
            return true;
        });
    }

    private sealed class CountingConversations(IConversationStore inner) : IConversationStore
    {
        public int Reads { get; private set; }

        public ConversationRecord? Find(string id)
        {
            Reads++;
            return inner.Find(id);
        }

        public void Save(ConversationRecord record) => inner.Save(record);
    }

    private sealed class CountingProfiles(IProfileStore inner) : IProfileStore
    {
        public int Reads { get; private set; }

        public RequesterProfile? Find(string requesterId)
        {
            Reads++;
            return inner.Find(requesterId);
        }

        public void Save(RequesterProfile profile) => inner.Save(profile);
    }
}
