using LiteDB;
using LiteDB.Engine;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The desk's one LiteDB file: tickets, the ticket counter, requester profiles, conversation state and the inbox.
/// </summary>
/// <remarks>
/// <para>
/// Opened in shared mode so the command-line inspection (<c>tickets list</c>) can read it while the bot
/// runs. LiteDB is synchronous and thread-safe; callers keep calls short. Every query takes values as
/// parameters, never as text spliced into an expression.
/// </para>
/// <para>
/// Every write goes through <see cref="InOneTransaction{T}"/>, which first checks that the volume still has
/// <see cref="StorageOptions.MinimumFreeMegabytes"/> free and refuses with <see cref="StoreFullException"/> when it has
/// not. The reserve is there because LiteDB 5 does not come through a write that fails for lack of space: on a full
/// disk it was seen to report a ticket's transaction committed and then lose it (the same ticket number given twice),
/// to leave threads waiting for ever on its writer, and to end the process from a finalizer. Refused early, a write
/// leaves the file exactly as it was, and the caller retries once there is room again. Only a disk that loses more than
/// the reserve between the check and the write (milliseconds) still takes LiteDB there: unlikely, not impossible.
/// </para>
/// </remarks>
public sealed class ServiceDeskDatabase : IUnitOfWork, IDisposable
{
    /// <summary>The reserve when none is given: <see cref="StorageOptions.MinimumFreeMegabytes"/>'s default.</summary>
    public const long DefaultMinimumFreeBytes = 32L * 1024 * 1024;

    private readonly LiteDatabase _database;
    private readonly Func<long> _freeBytes;
    private readonly long _minimumFreeBytes;

    // LiteDB binds a transaction to its thread, and in shared mode a nested BeginTrans would leak its lock: nesting is
    // counted here instead, per thread.
    private readonly ThreadLocal<int> _depth = new();

    /// <summary>The file at <paramref name="path"/> (its folder is created), in shared mode.</summary>
    public ServiceDeskDatabase(string path, long minimumFreeBytes = DefaultMinimumFreeBytes)
    {
        Path = FullPathInExistingFolder(path);
        var folder = System.IO.Path.GetDirectoryName(Path) ?? Path;
        _freeBytes = () => new DriveInfo(folder).AvailableFreeSpace;
        _minimumFreeBytes = minimumFreeBytes;
        _database = new LiteDatabase(new ConnectionString { Filename = Path, Connection = ConnectionType.Shared }, CreateMapper());
        EnsureIndexes();
    }

    /// <summary>
    /// The same store, in shared mode too, on streams the caller provides (a fault test's small or slow disk);
    /// <paramref name="path"/> names it (and the lock other processes share).
    /// </summary>
    public ServiceDeskDatabase(string path, StoreStreams streams, long minimumFreeBytes = DefaultMinimumFreeBytes)
    {
        ArgumentNullException.ThrowIfNull(streams);
        Path = FullPathInExistingFolder(path);
        _freeBytes = streams.FreeBytes;
        _minimumFreeBytes = minimumFreeBytes;
        var settings = new EngineSettings { Filename = Path, DataStream = streams.Data, LogStream = streams.Log };
        _database = new LiteDatabase(new SharedEngine(settings), CreateMapper());
        EnsureIndexes();
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    internal ILiteCollection<Ticket> Tickets => _database.GetCollection<Ticket>("tickets");

    internal ILiteCollection<BsonDocument> Counters => _database.GetCollection("counters");

    internal ILiteCollection<T> Collection<T>(string name) => _database.GetCollection<T>(name);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all its writes are kept, or none. A call made inside another
    /// (on the same thread) joins it, and the outermost one commits. Refuses with <see cref="StoreFullException"/>,
    /// before anything is written, when the volume has less than the reserve free.
    /// </summary>
    /// <remarks>
    /// The work must run synchronously on the calling thread (LiteDB binds the transaction to it). While it runs, other
    /// threads and processes wait for the file.
    /// </remarks>
    public T InOneTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _depth.Value > 0 ? work() : LiteDbFailure.Translated(Path, () => Outermost(work));
    }

    /// <summary><see cref="InOneTransaction{T}"/> for work that returns nothing.</summary>
    public void InOneTransaction(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        InOneTransaction(() =>
        {
            work();
            return true;
        });
    }

    /// <summary>A read outside any transaction of this thread, with LiteDB's transient errors translated.</summary>
    internal T Read<T>(Func<T> read) => _depth.Value > 0 ? read() : LiteDbFailure.Translated(Path, read);

    public void Dispose()
    {
        _database.Dispose();
        _depth.Dispose();
    }

    private T Outermost<T>(Func<T> work)
    {
        EnsureRoom();
        _database.BeginTrans();
        _depth.Value = 1;
        var committed = false;
        try
        {
            var result = work();
            if (!_database.Commit())
            {
                throw new IOException($"The transaction on {Path} ended before it was committed; nothing of it was kept.");
            }

            committed = true;
            return result;
        }
        finally
        {
            _depth.Value = 0;
            if (!committed)
            {
                RollBack();
            }
        }
    }

    private void EnsureRoom()
    {
        if (_minimumFreeBytes > 0 && _freeBytes() is var free && free < _minimumFreeBytes)
        {
            throw new StoreFullException(Path, free, _minimumFreeBytes);
        }
    }

    private void RollBack()
    {
        try
        {
            _database.Rollback();
        }
        catch (Exception error) when (error is IOException || (error is LiteException lite && LiteDbFailure.IsTransient(lite)))
        {
            // The engine closed under the failure being reported; nothing of the transaction was committed.
        }
    }

    /// <summary>
    /// Creates the indexes a new file needs. On a volume already short of room at start they are left for the next
    /// start: a file from an earlier start has them, and queries work without them.
    /// </summary>
    private void EnsureIndexes()
    {
        try
        {
            InOneTransaction(() =>
            {
                Tickets.EnsureIndex(t => t.RequesterId);
                Tickets.EnsureIndex(t => t.Status);
                Tickets.EnsureIndex(t => t.DraftId);
                Collection<BsonDocument>(ThreadStore.CollectionName).EnsureIndex(ThreadStore.NativeKeyField, unique: true);
                Collection<BsonDocument>(OutageStore.PeopleName).EnsureIndex("Outage");
                Collection<BsonDocument>(OutageStore.NoticesName).EnsureIndex("Channel");
                Collection<BsonDocument>(OutageStore.NoticesName).EnsureIndex("Outage");
            });
        }
        catch (StoreFullException)
        {
            // Left for the next start, see above.
        }
    }

    private static string FullPathInExistingFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return full;
    }

    private static BsonMapper CreateMapper()
    {
        // Empty strings are meaningful ("no error message", "nothing changed"): keep them as they are.
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false, TrimWhitespace = false };
        mapper.Entity<Ticket>()
            .Id(t => t.Number, autoId: false)
            .Ignore(t => t.TicketNumber)
            .Ignore(t => t.IsOpen);
        mapper.Entity<Problem>()
            .Id(p => p.Number, autoId: false)
            .Ignore(p => p.ProblemNumber);
        mapper.Entity<Outage>()
            .Id(o => o.Number, autoId: false)
            .Ignore(o => o.Name)
            .Ignore(o => o.IsOpen);
        mapper.Entity<OutagePerson>().Id(p => p.Id, autoId: false).Ignore(p => p.IsTold);
        mapper.Entity<OutageNotice>().Id(n => n.Id, autoId: false);
        mapper.Entity<ConversationRecord>().Id(r => r.Id, autoId: false);
        mapper.Entity<RequesterProfile>().Id(p => p.Id, autoId: false);
        return mapper;
    }
}
