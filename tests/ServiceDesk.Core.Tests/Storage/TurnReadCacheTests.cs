using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Storage;

/// <summary>
/// The turn read cache on a real LiteDB file, with the store's own calls counted: inside one transaction each thing is
/// read from the store once and the transaction's writes are what later reads return; outside one, and in the next
/// transaction, the store is read again.
/// </summary>
public sealed class TurnReadCacheTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(Monday);
    private readonly TurnReadCache _cache;
    private readonly CountingTickets _counted;
    private readonly CountingConversations _conversationsCounted;
    private readonly IUnitOfWork _store;
    private readonly ITicketStore _tickets;
    private readonly IConversationStore _conversations;

    public TurnReadCacheTests()
    {
        _cache = new TurnReadCache(_clock);
        _counted = new CountingTickets(new TicketStore(_db.Database));
        _conversationsCounted = new CountingConversations(new ConversationStore(_db.Database));
        _store = _cache.Around((IUnitOfWork)_db.Database);
        _tickets = _cache.Around(_counted);
        _conversations = _cache.Around(_conversationsCounted);
    }

    [Fact]
    public void Find_TwiceInOneTransaction_ReadsTheStoreOnce()
    {
        var opened = new TicketStore(_db.Database).Open(Draft("xmpp:alice@localhost"));
        _counted.Reads = 0;

        var (first, second) = _store.InOneTransaction(() => (_tickets.Find(opened.TicketNumber), _tickets.Find(opened.TicketNumber)));

        Assert.Equal(1, _counted.Reads);
        Assert.Same(first, second);
        Assert.Equal(opened.Description, first?.Description);
    }

    [Fact]
    public void Find_OutsideATransactionAndInTheNext_ReadsTheStoreEachTime()
    {
        var opened = new TicketStore(_db.Database).Open(Draft("xmpp:alice@localhost"));
        _counted.Reads = 0;

        _ = _tickets.Find(opened.TicketNumber);
        _ = _tickets.Find(opened.TicketNumber);
        _ = _store.InOneTransaction(() => _tickets.Find(opened.TicketNumber));
        _ = _store.InOneTransaction(() => _tickets.Find(opened.TicketNumber));

        Assert.Equal(4, _counted.Reads);
    }

    [Fact]
    public void OpenTicketsOf_AfterTheTransactionOpensSavesAndClosesTickets_SaysWhatTheStoreSays()
    {
        const string alice = "xmpp:alice@localhost";
        var first = new TicketStore(_db.Database).Open(Draft(alice));
        _counted.Reads = 0;

        var (seen, afterOpen, afterSave, afterClose, cachedReads) = _store.InOneTransaction(() =>
        {
            var seen = _tickets.OpenTicketsOf(alice);
            var second = _tickets.Open(Draft(alice) with { Description = "second" });
            var afterOpen = _tickets.OpenTicketsOf(alice);
            _tickets.Save(second with { Description = "second, changed" });
            var afterSave = _tickets.OpenTicketsOf(alice);
            _tickets.Save(first with { Status = TicketStatus.Closed });
            var afterClose = _tickets.OpenTicketsOf(alice);
            return (seen, afterOpen, afterSave, afterClose, _counted.Reads);
        });

        Assert.Equal(1, cachedReads);
        Assert.Equal([first.Number], seen.Select(t => t.Number));
        Assert.Equal([first.Number, first.Number + 1], afterOpen.Select(t => t.Number));
        Assert.Equal(["Outlook refuse mon mot de passe", "second, changed"], afterSave.Select(t => t.Description));
        Assert.Equal(["second, changed"], afterClose.Select(t => t.Description));
        // What the store itself says once committed.
        Assert.Equal(afterClose.Select(t => (t.Number, t.Description)), new TicketStore(_db.Database).OpenTicketsOf(alice).Select(t => (t.Number, t.Description)));
    }

    [Fact]
    public void OpenTicketsOf_SavedWhileACallerGoesThroughIt_LeavesTheCallersListAsItWas()
    {
        const string alice = "xmpp:alice@localhost";
        var store = new TicketStore(_db.Database);
        store.Open(Draft(alice));
        store.Open(Draft(alice));

        var saved = _store.InOneTransaction(() =>
        {
            var count = 0;
            // As the announcer does: saving each ticket of the list it goes through.
            foreach (var ticket in _tickets.OpenTicketsOf(alice))
            {
                _tickets.Save(ticket with { AnnouncedAt = Monday });
                count++;
            }

            return count;
        });

        Assert.Equal(2, saved);
        Assert.All(store.OpenTicketsOf(alice), t => Assert.Equal(Monday, t.AnnouncedAt));
    }

    [Fact]
    public void Transaction_ThatFails_LeavesNothingRememberedForTheNext()
    {
        var opened = new TicketStore(_db.Database).Open(Draft("xmpp:alice@localhost"));

        Assert.Throws<InvalidOperationException>(() => _store.InOneTransaction(() =>
        {
            _tickets.Save(opened with { Description = "never kept" });
            throw new InvalidOperationException("the turn fails");
        }));
        var after = _store.InOneTransaction(() => _tickets.Find(opened.TicketNumber));

        Assert.Equal("Outlook refuse mon mot de passe", after?.Description);
    }

    [Fact]
    public void Conversation_ReadSavedAndReadAgain_ReadsTheStoreOnceAndReturnsWhatWasSaved()
    {
        const string id = "xmpp:alice@localhost";
        new ConversationStore(_db.Database).Save(new ConversationRecord { Id = id, State = ConversationState.Gathering });

        var (before, after) = _store.InOneTransaction(() =>
        {
            var before = _conversations.Find(id);
            _ = _conversations.Find(id);
            _conversations.Save(before! with { State = ConversationState.Confirming });
            return (before, _conversations.Find(id));
        });

        Assert.Equal(1, _conversationsCounted.Reads);
        Assert.Equal(ConversationState.Gathering, before?.State);
        Assert.Equal(ConversationState.Confirming, after?.State);
        Assert.Equal(ConversationState.Confirming, new ConversationStore(_db.Database).Find(id)?.State);
    }

    [Fact]
    public void Find_OfAMissingConversation_IsRememberedAsMissingUntilSaved()
    {
        const string id = "xmpp:new@localhost";

        var (missing, saved) = _store.InOneTransaction(() =>
        {
            var missing = _conversations.Find(id);
            _ = _conversations.Find(id);
            _conversations.Save(new ConversationRecord { Id = id });
            return (missing, _conversations.Find(id));
        });

        Assert.Null(missing);
        Assert.Equal(id, saved?.Id);
        Assert.Equal(1, _conversationsCounted.Reads);
    }

    [Fact]
    public void Conversation_SavedTwiceInOneTransaction_WrittenOnceLastValueAtTheEndWithoutTheWriterBefore()
    {
        const string id = "xmpp:alice@localhost";

        var (writesDuring, heldDuring) = _store.InOneTransaction(() =>
        {
            _conversations.Save(new ConversationRecord { Id = id, State = ConversationState.Gathering });
            _conversations.Save(new ConversationRecord { Id = id, State = ConversationState.Confirming });
            return (_conversationsCounted.Writes, _db.Database.HoldsWriter);
        });

        // Nothing written while the turn's work ran, so the store's one writer was not taken for it.
        Assert.Equal(0, writesDuring);
        Assert.False(heldDuring);
        Assert.Equal(1, _conversationsCounted.Writes);
        Assert.Equal(ConversationState.Confirming, new ConversationStore(_db.Database).Find(id)?.State);
    }

    [Fact]
    public void Conversation_SavedInATransactionThatFails_IsNeverWritten()
    {
        const string id = "xmpp:alice@localhost";
        new ConversationStore(_db.Database).Save(new ConversationRecord { Id = id, State = ConversationState.Gathering });

        Assert.Throws<InvalidOperationException>(() => _store.InOneTransaction(() =>
        {
            _conversations.Save(new ConversationRecord { Id = id, State = ConversationState.Confirming });
            throw new InvalidOperationException("the turn fails");
        }));

        Assert.Equal(0, _conversationsCounted.Writes);
        Assert.Equal(ConversationState.Gathering, new ConversationStore(_db.Database).Find(id)?.State);
    }

    [Fact]
    public void Conversation_SavedOutsideATransaction_IsWrittenAtOnce()
    {
        const string id = "xmpp:alice@localhost";

        _conversations.Save(new ConversationRecord { Id = id, State = ConversationState.Gathering });

        Assert.Equal(1, _conversationsCounted.Writes);
        Assert.Equal(ConversationState.Gathering, new ConversationStore(_db.Database).Find(id)?.State);
    }

    [Fact]
    public void Saves_KeptInATransactionWithATicketOpened_AllCommittedTogetherTheTicketNumberedAtOnce()
    {
        const string alice = "xmpp:alice@localhost";
        var profiles = _cache.Around(new ProfileStore(_db.Database));

        var opened = _store.InOneTransaction(() =>
        {
            profiles.Save(new RequesterProfile { Id = alice, Workstation = "PC-0042" });
            var ticket = _tickets.Open(Draft(alice));
            _conversations.Save(new ConversationRecord { Id = alice, LastAnswerTo = [ticket.TicketNumber.ToString()] });
            profiles.Save(new RequesterProfile { Id = alice, Workstation = "PC-0042", Language = "fr" });
            return ticket;
        });

        Assert.Equal(1, opened.Number);
        Assert.Equal(1, _conversationsCounted.Writes);
        Assert.Equal([opened.TicketNumber.ToString()], new ConversationStore(_db.Database).Find(alice)?.LastAnswerTo);
        Assert.Equal(("PC-0042", "fr"), new ProfileStore(_db.Database).Find(alice) is { } p ? (p.Workstation, p.Language) : default);
        Assert.Equal(opened.Description, new TicketStore(_db.Database).Find(opened.TicketNumber)?.Description);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _db.Dispose();
    }

    [Fact]
    public void StateOf_AfterATurnCommittedTheConversation_AnswersWithoutReadingTheStore()
    {
        const string alice = "xmpp:alice@localhost";
        _store.InOneTransaction(() => _conversations.Save(new ConversationRecord { Id = alice, State = ConversationState.Gathering }));
        var reads = _conversationsCounted.Reads;

        Assert.Equal(ConversationState.Gathering, _conversations.StateOf(alice));
        Assert.Equal(ConversationState.Gathering, _conversations.StateOf("XMPP:Alice@localhost"));
        Assert.Equal(reads, _conversationsCounted.Reads);
    }

    [Fact]
    public void StateOf_AfterATurnThatFailed_IsTheLastCommittedState()
    {
        const string alice = "xmpp:alice@localhost";
        _store.InOneTransaction(() => _conversations.Save(new ConversationRecord { Id = alice, State = ConversationState.Confirming }));

        Assert.Throws<InvalidOperationException>(() => _store.InOneTransaction(() =>
        {
            _conversations.Save(new ConversationRecord { Id = alice, State = ConversationState.Idle });
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Equal(ConversationState.Confirming, _conversations.StateOf(alice));
        Assert.Equal(ConversationState.Confirming, new ConversationStore(_db.Database).Find(alice)?.State);
    }

    [Fact]
    public void StateOf_NoConversation_IsIdle_ReadOnceThenRemembered()
    {
        Assert.Equal(ConversationState.Idle, _conversations.StateOf("xmpp:nobody@localhost"));
        Assert.Equal(ConversationState.Idle, _conversations.StateOf("xmpp:nobody@localhost"));

        Assert.Equal(1, _conversationsCounted.Reads);
    }

    [Fact]
    public void StateOf_WrittenElsewhere_IsReadAgainOnceTheLifetimeHasPassed()
    {
        const string alice = "xmpp:alice@localhost";
        _conversations.Save(new ConversationRecord { Id = alice, State = ConversationState.Gathering });

        // Another instance on the same store moves the conversation on, behind this process's back.
        new ConversationStore(_db.Database).Save(new ConversationRecord { Id = alice, State = ConversationState.Idle });
        Assert.Equal(ConversationState.Gathering, _conversations.StateOf(alice));
        _clock.Advance(TurnReadCache.StateLifetime);

        Assert.Equal(ConversationState.Idle, _conversations.StateOf(alice));
    }

    [Fact]
    public void StateOf_InsideATransaction_IsWhatTheTransactionSaved()
    {
        const string alice = "xmpp:alice@localhost";
        _conversations.Save(new ConversationRecord { Id = alice, State = ConversationState.Gathering });

        var seen = _store.InOneTransaction(() =>
        {
            _conversations.Save(new ConversationRecord { Id = alice, State = ConversationState.Idle });
            return _conversations.StateOf(alice);
        });

        Assert.Equal(ConversationState.Idle, seen);
    }

    private static Ticket Draft(string requester) => StorageSamples.Ticket(requester, Monday);

    /// <summary>The store's ticket reads by number and by requester, counted; everything else passed through.</summary>
    private sealed class CountingTickets(ITicketStore inner) : DelegatingTicketStore(inner)
    {
        public int Reads { get; set; }

        public override Ticket? Find(TicketNumber number)
        {
            Reads++;
            return Inner.Find(number);
        }

        public override IReadOnlyList<Ticket> OpenTicketsOf(string requesterId)
        {
            Reads++;
            return Inner.OpenTicketsOf(requesterId);
        }
    }

    private sealed class CountingConversations(IConversationStore inner) : IConversationStore
    {
        public int Reads { get; private set; }

        public ConversationRecord? Find(string id)
        {
            Reads++;
            return inner.Find(id);
        }

        public int Writes { get; private set; }

        public void Save(ConversationRecord record)
        {
            Writes++;
            inner.Save(record);
        }
    }
}
