using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// The file opened once per process in direct mode: stores opened on the same path share one engine, and the lock file
/// keeps any other opener out while one is open (two engines on one file corrupt it).
/// </summary>
public sealed class LiteDbDirectModeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-direct-").FullName;

    private string FilePath => Path.Combine(_folder, "servicedesk.db");

    [Fact]
    public void TwoStoresOnOneFileInOneProcess_ShareOneEngine_AndTheLastToCloseReleasesTheFile()
    {
        var first = new ServiceDeskDatabase(FilePath);
        using (var second = new ServiceDeskDatabase(FilePath))
        {
            var opened = new TicketStore(first).Open(Draft("xmpp:alice@localhost"));
            Assert.Equal(opened.Description, new TicketStore(second).Find(opened.TicketNumber)?.Description);
            first.Dispose();
            Assert.Equal(2, new TicketStore(second).Open(Draft("xmpp:bob@localhost")).Number);
            Assert.Throws<StoreInUseException>(() => StoreLock.Take(FilePath).Dispose());
        }

        StoreLock.Take(FilePath).Dispose();
        using var reopened = new ServiceDeskDatabase(FilePath);
        Assert.Equal([1, 2], new TicketStore(reopened).All().Select(t => t.Number));
    }

    [Fact]
    public void LockHeldElsewhere_OpeningIsRefusedWithTheFileNamed()
    {
        // Another holder of the lock file, as a second process would be (flock locks belong to an open file, so a
        // second open in this process conflicts the same way).
        Directory.CreateDirectory(_folder);
        using (StoreLock.Take(FilePath))
        {
            var refused = Assert.Throws<StoreInUseException>(() => new ServiceDeskDatabase(FilePath));
            Assert.Contains(FilePath, refused.Message, StringComparison.Ordinal);
            Assert.Contains("already in use by another process", refused.Message, StringComparison.Ordinal);
            Assert.True(StoreLock.IsHeldElsewhere(FilePath));
        }

        Assert.False(StoreLock.IsHeldElsewhere(FilePath));
        using var database = new ServiceDeskDatabase(FilePath);
        Assert.Empty(new TicketStore(database).All());
    }

    [Fact]
    public async Task ReadEndpoint_ServesTicketsAndTheInboxToAnotherReader()
    {
        using var database = new ServiceDeskDatabase(FilePath);
        var tickets = new TicketStore(database);
        tickets.Open(Draft("xmpp:alice@localhost"));
        var second = tickets.Open(Draft("xmpp:bob@localhost") with { Description = "L'imprimante « HP-3 » n'imprime plus" });
        await using var endpoint = StoreReadEndpoint.Start(database);

        var client = new StoreReadClient(FilePath);
        Assert.Equal([1, 2], client.Tickets().Select(t => t.Number));
        Assert.Equivalent(second, client.Ticket(new TicketNumber(2)), strict: true);
        Assert.Null(client.Ticket(new TicketNumber(3)));
        Assert.Equal(0, client.PendingInInbox("xmpp"));
        var store = new ReadThroughBotTicketStore(client);
        Assert.Single(store.OpenTicketsOf("xmpp:bob@localhost"));
        Assert.Throws<NotSupportedException>(() => store.Open(Draft("xmpp:carol@localhost")));
    }

    [Fact]
    public void ACommittedTicket_IsInTheLogFileWhenTheCallReturns_WithTheEngineStillOpen()
    {
        // What a SIGKILL right after the call would leave: the log file as the operating system has it. The store waits
        // for LiteDB's writer thread and flushes the log once per commit (LogWriter), LiteDB no longer after every page.
        using var database = new ServiceDeskDatabase(FilePath);
        var tickets = new TicketStore(database);
        for (var i = 1; i <= 20; i++)
        {
            var marker = $"Imprimante « HP-{i:000} » bloquée";
            var opened = tickets.Open(Draft("xmpp:alice@localhost") with { Description = marker });

            Assert.Equal(i, opened.Number);
            Assert.True(LogHolds(marker), $"ticket {i} is not in the log file when Open returns");
        }
    }

    [Fact]
    public async Task TicketsOpenedFromEightThreadsAtOnce_EachInTheLogFileWhenItsCallReturns_NumbersGapFree()
    {
        // Group commit (GroupFlush): a commit lets the next transaction write before its flush to disk, and commits that
        // arrive during a flush share the next one. What a SIGKILL leaves must not change: each ticket is in the log file
        // when its Open returns, and the numbers are those of the commits, 1 to 160 without a gap.
        using var database = new ServiceDeskDatabase(FilePath);
        var tickets = new TicketStore(database);
        var missing = new System.Collections.Concurrent.ConcurrentBag<int>();
        var numbers = new System.Collections.Concurrent.ConcurrentBag<int>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                var marker = $"Écran « EC-{thread}-{i:000} » noir";
                var opened = tickets.Open(Draft($"xmpp:user{thread}@localhost") with { Description = marker });
                numbers.Add(opened.Number);
                // Past LiteDB's 1,000-page checkpoint the log is copied into the data file and starts again: either holds it.
                if (!LogHolds(marker) && !FileHolds(FilePath, marker))
                {
                    missing.Add(opened.Number);
                }
            }
        })));

        Assert.Empty(missing);
        Assert.Equal(Enumerable.Range(1, 160), numbers.Order());
        var (flushes, commits) = database.FlushCounts;
        Assert.True(flushes <= commits, $"{flushes} flushes for {commits} commits");
    }

    [Fact]
    public async Task TicketsOpenedInAwaitedTransactions_EachInTheLogFileWhenItsTaskEnds_NumbersGapFree()
    {
        // InOneTransactionAsync: the same commit as InOneTransaction, the flush to disk awaited instead of waited for.
        using var database = new ServiceDeskDatabase(FilePath);
        var tickets = new TicketStore(database);
        var missing = new System.Collections.Concurrent.ConcurrentBag<int>();
        var numbers = new System.Collections.Concurrent.ConcurrentBag<int>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                var marker = $"Clavier « CL-{thread}-{i:000} » muet";
                var opened = await database.InOneTransactionAsync(() => tickets.Open(Draft($"xmpp:user{thread}@localhost") with { Description = marker }));
                numbers.Add(opened.Number);
                if (!LogHolds(marker) && !FileHolds(FilePath, marker))
                {
                    missing.Add(opened.Number);
                }
            }
        })));

        Assert.Empty(missing);
        Assert.Equal(Enumerable.Range(1, 160), numbers.Order());
    }

    [Fact]
    public async Task AnAwaitedTransactionThatThrows_KeepsNothing()
    {
        using var database = new ServiceDeskDatabase(FilePath);
        var tickets = new TicketStore(database);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await database.InOneTransactionAsync<Ticket>(() =>
        {
            tickets.Open(Draft("xmpp:alice@localhost"));
            throw new InvalidOperationException("the turn failed half-way");
        }));

        Assert.Empty(tickets.All());
        Assert.Equal(1, (await database.InOneTransactionAsync(() => tickets.Open(Draft("xmpp:alice@localhost")))).Number);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private bool LogHolds(string text) => FileHolds(Path.Combine(_folder, "servicedesk-log.db"), text);

    private static bool FileHolds(string path, string text)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray().AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;
    }

    /// <summary>A new ticket of <paramref name="requester"/> (an address with its channel, "xmpp:…"), for the file tests of this project.</summary>
    internal static Ticket Draft(string requester) => new()
    {
        RequesterId = requester,
        ReplyChannel = "xmpp",
        ReplyAddress = requester[5..],
        Description = "Outlook refuse mon mot de passe",
        Type = RequestType.Incident,
        Status = TicketStatus.New,
        OpenedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
    };
}
