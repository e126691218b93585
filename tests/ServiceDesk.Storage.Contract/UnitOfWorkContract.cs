using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Tickets;
using ServiceDesk.Testing;
using static ServiceDesk.Storage.Contract.Samples;

namespace ServiceDesk.Storage.Contract;

/// <summary>
/// What every <see cref="Core.Storage.IUnitOfWork"/> does: a turn's writes kept all or none, its reads seeing its own
/// writes, and transactions on different threads side by side with ticket numbers unique and gap-free.
/// </summary>
public abstract class UnitOfWorkContract : StoreContract
{
    [Fact]
    public void InOneTransaction_FailingAfterATicketAndAConversationMove_KeepsNeither()
    {
        Assert.Throws<InvalidOperationException>(() => Stores.UnitOfWork.InOneTransaction(() =>
        {
            Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
            Stores.Conversations.Save(Conversation("xmpp:alice@localhost"));
            throw new InvalidOperationException("the turn failed half-way");
        }));

        Assert.Equal(0, Stores.Tickets.LastNumber());
        Assert.Empty(Stores.Tickets.All());
        Assert.Null(Stores.Conversations.Find("xmpp:alice@localhost"));
        Assert.Equal(1, Stores.Tickets.Open(Draft("xmpp:alice@localhost")).Number);
    }

    [Fact]
    public async Task InOneTransactionAsync_FailingAfterATicketAndAConversationMove_KeepsNeither()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Stores.UnitOfWork.InOneTransactionAsync<bool>(() =>
        {
            Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
            Stores.Conversations.Save(Conversation("xmpp:alice@localhost"));
            throw new InvalidOperationException("the turn failed half-way");
        }));

        Assert.Empty(Stores.Tickets.All());
        Assert.Null(Stores.Conversations.Find("xmpp:alice@localhost"));
        Assert.Equal(1, (await Stores.UnitOfWork.InOneTransactionAsync(() => Stores.Tickets.Open(Draft("xmpp:alice@localhost")))).Number);
    }

    [Fact]
    public async Task InOneTransactionAsync_ManyAwaitedAtOnce_NumbersUniqueAndGapFreeAndEveryWriteKept()
    {
        // The desk's turns await their transactions (the flush to disk awaited, not waited for): the same guarantees.
        const int People = 8;
        const int TurnsEach = 15;
        await Task.WhenAll(Enumerable.Range(0, People).Select(person => Task.Run(async () =>
        {
            var id = $"xmpp:awaiting{person}@localhost";
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                var opened = await Stores.UnitOfWork.InOneTransactionAsync(() =>
                {
                    Stores.Conversations.Save(Conversation(id) with { RecentMessageIds = [$"turn {turn}"] });
                    return Stores.Tickets.Open(Draft(id) with { Description = $"turn {turn}" });
                });
                Assert.Equal($"turn {turn}", Stores.Tickets.Find(opened.TicketNumber)?.Description);
            }
        })));

        Assert.Equal(Enumerable.Range(1, People * TurnsEach), Stores.Tickets.All().Select(t => t.Number));
        Assert.All(Enumerable.Range(0, People), person =>
            Assert.Equal([$"turn {TurnsEach - 1}"], Stores.Conversations.Find($"xmpp:awaiting{person}@localhost")?.RecentMessageIds));
    }

    [Fact]
    public async Task InOneTransactionCommitted_IsCommittedWhenItReturns_AndDurableOnceAwaited_SharingTheFlushOfWhatFollows()
    {
        // The inbox's keep: committed (the turn may start and read it), then awaited on disk while the turn commits.
        var kept = Stores.UnitOfWork.InOneTransactionCommitted(() => Stores.Tickets.Open(Draft("xmpp:alice@localhost")));
        Assert.Equal(1, kept.Result.Number);
        Assert.Equal(1, Assert.Single(Stores.Tickets.OpenTicketsOf("xmpp:alice@localhost")).Number);

        var durable = kept.DurableAsync(TimeSpan.FromSeconds(30)).AsTask();
        var turn = await Stores.UnitOfWork.InOneTransactionAsync(() =>
        {
            Stores.Conversations.Save(Conversation("xmpp:alice@localhost"));
            return Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        });
        await durable.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, turn.Number);
        Assert.Equal([1, 2], Stores.Tickets.All().Select(t => t.Number));
        Assert.NotNull(Stores.Conversations.Find("xmpp:alice@localhost"));

        // Awaited alone, with nothing following, it is on disk too, after at most its linger.
        var alone = Stores.UnitOfWork.InOneTransactionCommitted(() => Stores.Tickets.Open(Draft("xmpp:bob@localhost")));
        await alone.DurableAsync(TimeSpan.FromMilliseconds(20)).AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, alone.Result.Number);
    }

    [Fact]
    public void InOneTransactionCommitted_Failing_KeepsNothing()
    {
        Assert.Throws<InvalidOperationException>(() => Stores.UnitOfWork.InOneTransactionCommitted<bool>(() =>
        {
            Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
            throw new InvalidOperationException("the keep failed half-way");
        }));

        Assert.Empty(Stores.Tickets.All());
    }

    [Fact]
    public void InOneTransaction_ReadsInside_SeeItsOwnWrites()
    {
        var seen = Stores.UnitOfWork.InOneTransaction(() =>
        {
            var opened = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
            Stores.Tickets.Save(opened with { Status = TicketStatus.InProgress, TakenAt = Monday });
            Stores.Conversations.Save(Conversation("xmpp:alice@localhost") with { State = ConversationState.Idle });
            return (Mine: Stores.Tickets.OpenTicketsOf("xmpp:alice@localhost"), Taken: Stores.Tickets.TakenAndOpen(),
                Found: Stores.Tickets.Find(opened.TicketNumber), Conversation: Stores.Conversations.Find("xmpp:alice@localhost"));
        });

        Assert.Equal(TicketStatus.InProgress, Assert.Single(seen.Mine).Status);
        Assert.Single(seen.Taken);
        Assert.Equal(TicketStatus.InProgress, seen.Found?.Status);
        Assert.Equal(ConversationState.Idle, seen.Conversation?.State);
    }

    [Fact]
    public void InOneTransaction_Nested_JoinsTheOuterOne()
    {
        Assert.Throws<InvalidOperationException>(() => Stores.UnitOfWork.InOneTransaction(() =>
        {
            Stores.UnitOfWork.InOneTransaction(() => Stores.Tickets.Open(Draft("xmpp:alice@localhost")));
            throw new InvalidOperationException("the outer turn failed after the inner one ended");
        }));

        Assert.Empty(Stores.Tickets.All());
    }

    [Fact]
    public void InOneTransaction_ManyThreadsOpeningTickets_NumbersUniqueAndGapFreeAndEveryWriteKept()
    {
        const int People = 8;
        const int TurnsEach = 25;
        var failed = 0;

        AllAtOnce.Run(People, person =>
        {
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                var id = $"xmpp:person{person}@localhost";
                var fails = turn % 5 == 4;
                try
                {
                    Stores.UnitOfWork.InOneTransaction(() =>
                    {
                        Stores.Tickets.Open(Draft(id) with { Description = $"turn {turn}" });
                        Stores.Conversations.Save(Conversation(id) with { RecentMessageIds = [$"turn {turn}"] });
                        if (fails)
                        {
                            throw new InvalidOperationException("this turn fails after opening its ticket");
                        }
                    });
                }
                catch (InvalidOperationException) when (fails)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        });

        var kept = People * TurnsEach - failed;
        Assert.Equal(Enumerable.Range(1, kept), Stores.Tickets.All().Select(t => t.Number));
        Assert.Equal(kept, Stores.Tickets.LastNumber());
        Assert.All(Enumerable.Range(0, People), person =>
        {
            Assert.Equal(TurnsEach * 4 / 5, Stores.Tickets.OpenTicketsOf($"xmpp:person{person}@localhost").Count);
            Assert.Equal([$"turn {TurnsEach - 2}"], Stores.Conversations.Find($"xmpp:person{person}@localhost")?.RecentMessageIds);
        });
    }

    [Fact]
    public async Task InOneTransaction_ReadingWhileAnotherThreadCommits_DoesNotHoldItUpAndNumbersFollow()
    {
        // Turns of different people run side by side, each in its own transaction on its own thread: one that has only
        // read so far must not hold up another that opens a ticket, and a number it read before that commit must not
        // be reused when it opens its own.
        Stores.Tickets.Open(Draft("xmpp:zoe@localhost"));
        using var firstHasRead = new ManualResetEventSlim();
        using var secondCommitted = new ManualResetEventSlim();
        var first = Task.Factory.StartNew(() => Stores.UnitOfWork.InOneTransaction(() =>
        {
            var before = Stores.Tickets.LastNumber();
            Stores.Tickets.OpenTicketsOf("xmpp:alice@localhost");
            firstHasRead.Set();
            var waited = secondCommitted.Wait(TimeSpan.FromSeconds(30));
            return (Before: before, Waited: waited, Opened: Stores.Tickets.Open(Draft("xmpp:alice@localhost")).Number);
        }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(firstHasRead.Wait(TimeSpan.FromSeconds(30)));

        var second = await Task.Factory.StartNew(
            () => Stores.UnitOfWork.InOneTransaction(() => Stores.Tickets.Open(Draft("xmpp:bob@localhost")).Number),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        secondCommitted.Set();
        var (before, waited, opened) = await first;

        Assert.True(waited, "the second transaction waited for the first, which had only read");
        Assert.Equal(1, before);
        Assert.Equal(2, second);
        Assert.Equal(3, opened);
        Assert.Equal([1, 2, 3], Stores.Tickets.All().Select(t => t.Number));
        Assert.Equal(3, Stores.Tickets.LastNumber());
    }

    [Fact]
    public void InOneTransaction_ManyThreadsReadingThenWritingAtOnce_NumbersUniqueAndGapFree()
    {
        const int People = 8;
        const int TurnsEach = 10;
        using var together = new Barrier(People);
        AllAtOnce.Run(People, person =>
        {
            var id = $"xmpp:reader{person}@localhost";
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                Stores.UnitOfWork.InOneTransaction(() =>
                {
                    // Every transaction reads the counter, the tickets and its conversation, then all write at once.
                    _ = Stores.Tickets.LastNumber();
                    _ = Stores.Tickets.OpenTicketsOf(id);
                    _ = Stores.Conversations.Find(id);
                    together.SignalAndWait(TimeSpan.FromSeconds(30));
                    Stores.Tickets.Open(Draft(id));
                    Stores.Conversations.Save(Conversation(id) with { RecentMessageIds = [$"turn {turn}"] });
                });
            }
        });

        Assert.Equal(Enumerable.Range(1, People * TurnsEach), Stores.Tickets.All().Select(t => t.Number));
        Assert.All(Enumerable.Range(0, People), person => Assert.Equal(TurnsEach, Stores.Tickets.OpenTicketsOf($"xmpp:reader{person}@localhost").Count));
    }
}
