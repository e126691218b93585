using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// Opened in direct mode, once per process: every <see cref="ServiceDeskDatabase"/> on the same path in one process shares
/// one LiteDB engine (its page cache and write-ahead log index), and the process holds the lock file
/// <c>&lt;file&gt;.lock</c> (<see cref="StoreLock"/>) while any is open. A second process opening the file gets
/// <see cref="StoreInUseException"/> naming it: two direct-mode engines on one file each cache pages and checkpoint the
/// log into the data file under the other, which corrupts it ("empty page must be defined as empty type" was LiteDB
/// finding a page another process had reused). The inspection verbs read through the running bot instead
/// (<see cref="StoreReadEndpoint"/>). Every query takes values as parameters, never as text spliced into an expression.
/// </para>
/// <para>
/// Transactions run in parallel on different threads (LiteDB binds each to its thread): reads take no lock, and a
/// transaction's writes are serialised from its first write to its commit (<see cref="Write{T}"/>), so counters stay
/// gap-free and unique and two transactions never wait for each other's collection locks in opposite orders.
/// </para>
/// <para>
/// Every write goes through <see cref="InOneTransaction{T}"/>, which first checks that the volume still has
/// <see cref="StorageOptions.MinimumFreeMegabytes"/> free and refuses with <see cref="StoreFullException"/> when it has
/// not. The reserve is there because LiteDB 5 does not come through a write that fails for lack of space: on a full
/// disk it was seen to report a ticket's transaction committed and then lose it (the same ticket number given twice),
/// to leave threads waiting for ever on its writer, and to end the process from a finalizer. Refused early, a write
/// leaves the file exactly as it was, and the caller retries once there is room again. Only a disk that loses more than
/// the reserve between the check and the write (milliseconds) still takes LiteDB there: unlikely, not impossible. An
/// engine LiteDB closed after an I/O failure is opened again on the next call, which the caller's retry makes.
/// </para>
/// </remarks>
public sealed class ServiceDeskDatabase : IUnitOfWork, IDisposable
{
    /// <summary>The reserve when none is given: <see cref="StorageOptions.MinimumFreeMegabytes"/>'s default.</summary>
    public const long DefaultMinimumFreeBytes = 32L * 1024 * 1024;

    /// <summary>How long a transaction waits for another one's writes to end before it is failed (and retried).</summary>
    private static readonly TimeSpan WriterWait = TimeSpan.FromMinutes(1);

    private static readonly Dictionary<string, OpenFile> OpenFiles = new(StringComparer.Ordinal);

    private readonly OpenFile _file;
    private readonly Func<long> _freeBytes;
    private readonly long _minimumFreeBytes;
    private int _disposed;

    /// <summary>The file at <paramref name="path"/> (its folder is created), in direct mode, shared within this process.</summary>
    /// <exception cref="StoreInUseException">Another process has the file open.</exception>
    public ServiceDeskDatabase(string path, long minimumFreeBytes = DefaultMinimumFreeBytes)
        : this(path, minimumFreeBytes, groupCommit: LogWriter.GroupCommit)
    {
    }

    /// <summary>
    /// The file at <paramref name="path"/>; <paramref name="groupCommit"/> false flushes the log once per commit with the
    /// writer held (<see cref="StorageOptions.GroupCommit"/>), decided by the first store opened on the file in this process.
    /// </summary>
    /// <exception cref="StoreInUseException">Another process has the file open.</exception>
    public ServiceDeskDatabase(string path, long minimumFreeBytes, bool groupCommit)
    {
        Path = FullPathInExistingFolder(path);
        var folder = System.IO.Path.GetDirectoryName(Path) ?? Path;
        _freeBytes = VolumeFreeSpace.Of(folder, minimumFreeBytes).Bytes;
        _minimumFreeBytes = minimumFreeBytes;
        _file = OpenFile.Join(Path, streams: null, groupCommit);
        EnsureIndexes();
    }

    /// <summary>
    /// The same store on streams the caller provides (a fault test's small or slow disk); <paramref name="path"/> names it
    /// and its lock file. Another <see cref="ServiceDeskDatabase"/> opened on the same path in this process joins it.
    /// </summary>
    public ServiceDeskDatabase(string path, StoreStreams streams, long minimumFreeBytes = DefaultMinimumFreeBytes)
    {
        ArgumentNullException.ThrowIfNull(streams);
        Path = FullPathInExistingFolder(path);
        _freeBytes = streams.FreeBytes;
        _minimumFreeBytes = minimumFreeBytes;
        _file = OpenFile.Join(Path, streams, LogWriter.GroupCommit);
        EnsureIndexes();
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>Flushes of the log to disk so far, and the commits they made durable (several per flush with group commit).</summary>
    internal (long Flushes, long Commits) FlushCounts => _file.FlushCounts;

    /// <summary>Write transactions committed to the log so far (on the current engine).</summary>
    internal long CommitsWritten => _file.CommitsWritten;

    /// <summary>Data pages the checkpoints handed over and pages they wrote to the file, on the current engine (<see cref="CheckpointWrites"/>).</summary>
    internal (long Offered, long Written) CheckpointPages => _file.CheckpointPages;

    /// <summary>
    /// How long transactions have waited for the writer and held it, and where the hold went, in all, since the file was
    /// opened in this process (the desk bench prints them per message: a writer held most of the time is what caps the
    /// turns per second).
    /// </summary>
    internal WriterHoldFigures WriterTimes => _file.Hold.Figures;

    /// <summary>True when the calling thread's transaction holds the writer (it has written): the desk bench splits its timed parts by it.</summary>
    internal bool HoldsWriter => _file.IsWriting;

    internal BsonMapper Mapper => _file.Mapper;

    internal ILiteCollection<Ticket> Tickets => Database.GetCollection<Ticket>("tickets");

    internal ILiteCollection<BsonDocument> Counters => Database.GetCollection("counters");

    internal ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>This thread's transaction's engine, or the file's engine outside a transaction.</summary>
    private LiteDatabase Database => _file.Current.Value ?? _file.Database;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all its writes are kept, or none. A call made inside another
    /// (on the same thread) joins it, and the outermost one commits. Refuses with <see cref="StoreFullException"/>,
    /// before anything is written, when the volume has less than the reserve free.
    /// </summary>
    /// <remarks>
    /// The work must run synchronously on the calling thread (LiteDB binds the transaction to it). Transactions on other
    /// threads run meanwhile; from its first write to its commit, a transaction is the only one writing.
    /// </remarks>
    public T InOneTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _file.Current.Value is not null ? work() : Guarded(() =>
        {
            var (result, durable) = Outermost(work);
            durable?.Wait();
            return result;
        });
    }

    /// <summary>
    /// <see cref="InOneTransaction{T}"/> whose caller awaits the flush to disk instead of blocking its thread on it. With
    /// group commit a commit waits for the flush running when it is written, then for its own (or another commit's that
    /// began after it); the desk's turns, up to <see cref="Core.Technicians.DeskRouter.TurnsAtOnce"/> at once, each held
    /// a thread-pool thread meanwhile, and the pool adds threads only slowly (README, "Where the figures stand").
    /// </summary>
    public ValueTask<T> InOneTransactionAsync<T>(Func<T> work) => InOneTransactionCommitted(work).WhenDurableAsync();

    /// <summary>
    /// <see cref="InOneTransaction{T}"/> that returns once committed, its pages written to the log file (so they survive
    /// the process being killed), before the flush to disk; <see cref="Committed{T}.DurableAsync"/> awaits the flush, which
    /// another commit may make for it (<see cref="GroupFlush.WaitDurableAsync"/>).
    /// </summary>
    public Committed<T> InOneTransactionCommitted<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_file.Current.Value is not null)
        {
            return new Committed<T>(work(), null);
        }

        var (result, durable) = Guarded(() => Outermost(work));
        return durable is { } flush ? new Committed<T>(result, flush.WaitAsync) : new Committed<T>(result, null);
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
    internal T Read<T>(Func<T> read) =>
        _file.Current.Value is not null ? read() : _file.OneAtATime ? Alone(() => Guarded(read)) : Guarded(read);

    /// <summary>Runs <paramref name="operation"/> as the only operation on the store (caller streams, see <see cref="OpenFile.OneAtATime"/>).</summary>
    private T Alone<T>(Func<T> operation)
    {
        _file.EnterWriting(Path, ("", nameof(Alone)));
        try
        {
            return operation();
        }
        finally
        {
            _file.LeaveWriting();
        }
    }

    /// <summary>
    /// Writes in the thread's transaction (or one of its own): waits until no other transaction is writing, and keeps
    /// the others from writing until this one ends.
    /// </summary>
    /// <remarks><paramref name="file"/> and <paramref name="member"/> name the write that takes the writer (the desk bench counts them).</remarks>
    internal T Write<T>(Func<T> write, [CallerFilePath] string file = "", [CallerMemberName] string member = "") => InOneTransaction(() =>
    {
        _file.EnterWriting(Path, (file, member));
        return write();
    });

    /// <summary>
    /// Makes the transaction read <paramref name="collection"/> as last committed, and keeps other transactions from
    /// writing to it until this one ends: LiteDB keeps a transaction's first view of a collection, which may predate
    /// the last commit when the transaction read it before it began writing (a counter read there would be stale).
    /// </summary>
    internal void ReadLatest(string collection) => Database.GetCollection(collection).Delete(NoDocument);

    private static readonly BsonValue NoDocument = new("\u0000none");

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _file.Leave();
        }
    }

    /// <summary>Runs the work in a transaction and commits it; returns what puts the commit on disk when the caller must still do it (group commit).</summary>
    private (T Result, PendingFlush? Durable) Outermost<T>(Func<T> work)
    {
        EnsureRoom();
        if (_file.OneAtATime)
        {
            _file.EnterWriting(Path, ("", nameof(OpenFile.OneAtATime)));
        }

        var database = _file.Database;
        database.BeginTrans();
        _file.Current.Value = database;
        var committed = false;
        PendingFlush? durable = null;
        T result;
        try
        {
            result = work();
            var writing = _file.IsWriting;
            if (writing)
            {
                _file.Hold.Committing();
            }

            if (!database.Commit())
            {
                throw new IOException($"The transaction on {Path} ended before it was committed; nothing of it was kept.");
            }

            committed = true;
            if (writing)
            {
                _file.Hold.Committed();

                // Committed is not yet written (LogWriter): wait, still the only writer, until its pages are in the log
                // file, so that what the caller does next (answer, acknowledge a message) never runs ahead of the file.
                durable = _file.LogWritten(database);
                _file.Hold.LogWritten();
            }
        }
        finally
        {
            _file.Current.Value = null;
            if (!committed)
            {
                RollBack(database);
            }

            _file.LeaveWriting();
        }

        // On disk before the caller goes on (InOneTransaction waits, the committed transaction's caller awaits); the next transaction
        // writes meanwhile, and its commit may share this flush (GroupFlush).
        return (result, durable);
    }

    /// <summary>Translates LiteDB's transient errors; an engine LiteDB has closed is replaced for the next call.</summary>
    private T Guarded<T>(Func<T> operation)
    {
        var database = _file.Database;
        try
        {
            return LiteDbFailure.Translated(Path, operation);
        }
        catch (StoreUnavailableException error) when (error.InnerException is LiteException
        {
            ErrorCode: LiteException.ENGINE_DISPOSED or LiteException.DATABASE_SHUTDOWN,
        })
        {
            _file.Reopen(database);
            throw;
        }
    }

    private void EnsureRoom()
    {
        if (_minimumFreeBytes > 0 && _freeBytes() is var free && free < _minimumFreeBytes)
        {
            throw new StoreFullException(Path, free, _minimumFreeBytes);
        }
    }

    private static void RollBack(LiteDatabase database)
    {
        try
        {
            database.Rollback();
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
            Write(() =>
            {
                Tickets.EnsureIndex(t => t.RequesterId);
                Tickets.EnsureIndex(t => t.Status);
                Tickets.EnsureIndex(t => t.DraftId);
                Collection<BsonDocument>(ThreadStore.CollectionName).EnsureIndex(ThreadStore.NativeKeyField, unique: true);
                Collection<BsonDocument>(TicketStore.ChangesCollection).EnsureIndex(TicketStore.ChangeField);
                Collection<BsonDocument>(OutageStore.PeopleName).EnsureIndex("Outage");
                Collection<BsonDocument>(OutageStore.NoticesName).EnsureIndex("Channel");
                Collection<BsonDocument>(OutageStore.NoticesName).EnsureIndex("Outage");

                // Without it each keep with a delivery key (Slack's events) read every key of the last hour to drop the old ones.
                Collection<BsonDocument>(InboxStore.DeliveriesCollection).EnsureIndex(InboxStore.ReceivedAtField);
                foreach (var name in Collections.Where(name => !Database.CollectionExists(name)))
                {
                    // Created now, empty: a placeholder kept and removed in this transaction.
                    var collection = Collection<BsonDocument>(name);
                    collection.Upsert(new BsonDocument { ["_id"] = NoDocument });
                    collection.Delete(NoDocument);
                }

                return true;
            });
        }
        catch (StoreFullException)
        {
            // Left for the next start, see above.
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// Every collection of the desk's file, created (empty) when the file is opened. LiteDB 5 fails a transaction that
    /// reads a collection while another transaction is creating it ("page type must be collection page": the reader finds
    /// the new collection in the shared header but reads its page as it was before, empty), and it then leaves the engine
    /// unusable; the desk bench met it on a fresh file, a thousand people's turns reading the conversations while the first
    /// one saved. Created before any turn runs, no collection is ever created beside a reader.
    /// </summary>
    private static readonly string[] Collections =
    [
        "tickets", "counters", TicketStore.ChangesCollection, "conversations", "profiles", "problems", ThreadStore.CollectionName,
        OutageStore.OutagesName, OutageStore.PeopleName, OutageStore.NoticesName, "inbox", "inbox_deliveries",
    ];

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

    /// <summary>How the desk's records map to LiteDB documents (the file's, and what <see cref="StoreReadEndpoint"/> sends).</summary>
    internal static BsonMapper CreateMapper()
    {
        // Empty strings are meaningful ("no error message", "nothing changed"): keep them as they are.
        var mapper = new DeskBsonMapper { EnumAsInteger = false, EmptyStringToNull = false, TrimWhitespace = false };
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

    /// <summary>The process's one engine on a file, its lock file, and who uses it.</summary>
    private sealed class OpenFile
    {
        private readonly string _path;
        private readonly StoreStreams? _streams;
        private readonly StoreLock _lock;
        // Not a SemaphoreSlim: under contention (32 turns at once) its waiters spin before they sleep, which the load bench
        // measured at a fifth of the bot's CPU; this one's waiters sleep at once.
        private readonly Semaphore _writer = new(1, 1);
        private readonly ThreadLocal<bool> _writing = new();
        private readonly Lock _reopening = new();
        private volatile Engine _engine;
        private int _users;

        private readonly bool _groupCommit;

        private OpenFile(string path, StoreStreams? streams, StoreLock fileLock, bool groupCommit)
        {
            _path = path;
            _groupCommit = groupCommit;
            _streams = streams;
            _lock = fileLock;
            _engine = Create();
        }

        public BsonMapper Mapper { get; } = CreateMapper();

        /// <summary>
        /// True on caller streams (<see cref="StoreStreams"/>): LiteDB then reads and writes the same stream object from
        /// several threads (its log writer among them), which a stream with one position, such as one file stream, cannot
        /// take; so every operation there runs alone, as shared mode ran them. The bot's own file has a stream per reader.
        /// </summary>
        public bool OneAtATime => _streams is not null;

        public LiteDatabase Database => _engine.Database;

        /// <summary>
        /// Waits until the committed transactions of <paramref name="database"/> are in its log file (call while the only
        /// writer); returns what puts them on disk, to wait for once the writer is released (group commit), or null when
        /// that was done here (one flush per commit) or the engine was replaced meanwhile.
        /// </summary>
        public PendingFlush? LogWritten(LiteDatabase database)
        {
            var engine = _engine;
            if (!ReferenceEquals(engine.Database, database))
            {
                return null;
            }

            var log = engine.Log;
            log.WaitWritten();
            var commit = log.Flush.Written();
            if (log.Grouped)
            {
                return new PendingFlush(log.Flush, commit);
            }

            log.Flush.WaitDurable(commit);
            return null;
        }

        /// <summary>Flushes and commits made durable on the current engine (the store bench prints them).</summary>
        public (long Flushes, long Commits) FlushCounts => (_engine.Log.Flush.Flushes, _engine.Log.Flush.Commits);

        public long CommitsWritten => _engine.Log.Flush.CommitsWritten;

        public (long Offered, long Written) CheckpointPages => _engine.Checkpoints?.Pages ?? default;

        /// <summary>The engine this thread's transaction runs on; null outside a transaction.</summary>
        public ThreadLocal<LiteDatabase?> Current { get; } = new();

        public static OpenFile Join(string path, StoreStreams? streams, bool groupCommit)
        {
            lock (OpenFiles)
            {
                if (!OpenFiles.TryGetValue(path, out var file))
                {
                    var fileLock = StoreLock.Take(path);
                    try
                    {
                        file = new OpenFile(path, streams, fileLock, groupCommit);
                    }
                    catch
                    {
                        fileLock.Dispose();
                        throw;
                    }

                    OpenFiles.Add(path, file);
                }

                file._users++;
                return file;
            }
        }

        public void Leave()
        {
            lock (OpenFiles)
            {
                if (--_users > 0)
                {
                    return;
                }

                OpenFiles.Remove(_path);
            }

            try
            {
                _engine.Database.Dispose();
            }
            finally
            {
                _lock.Dispose();
                Current.Dispose();
                _writing.Dispose();
                Hold.Dispose();
                _writer.Dispose();
            }
        }

        /// <summary>Where the writer's holds went (<see cref="WriterHold"/>).</summary>
        public WriterHold Hold { get; } = new();

        public void EnterWriting(string path, (string File, string Member) by)
        {
            if (_writing.Value)
            {
                return;
            }

            var asked = Stopwatch.GetTimestamp();
            if (!_writer.WaitOne(WriterWait))
            {
                throw new StoreUnavailableException($"The store {path} is busy: another transaction has been writing for over {WriterWait.TotalSeconds:0} s.");
            }

            Hold.Taken(asked, by);
            _writing.Value = true;
        }

        /// <summary>True when this thread's transaction has written.</summary>
        public bool IsWriting => _writing.Value;

        public void LeaveWriting()
        {
            if (_writing.Value)
            {
                _writing.Value = false;
                Hold.Released();
                _writer.Release();
            }
        }

        /// <summary>Replaces <paramref name="failed"/>, an engine LiteDB closed after a failure, once.</summary>
        public void Reopen(LiteDatabase failed)
        {
            lock (_reopening)
            {
                if (!ReferenceEquals(_engine.Database, failed))
                {
                    return;
                }

                try
                {
                    failed.Dispose();
                }
                catch (Exception error) when (error is IOException or LiteException or ObjectDisposedException)
                {
                    // Already closed by the failure.
                }

                _engine = Create();
            }
        }

        private Engine Create()
        {
            var database = _streams is null
                ? new LiteDatabase(new ConnectionString { Filename = _path, Connection = ConnectionType.Direct }, Mapper)
                : new LiteDatabase(new LiteEngine(new EngineSettings { Filename = _path, DataStream = _streams.Data, LogStream = _streams.Log }), Mapper);
            try
            {
                var log = LogWriter.DurabilityFor(database, _groupCommit);
                return new Engine(database, log, CheckpointWrites.Install(database));
            }
            catch
            {
                database.Dispose();
                throw;
            }
        }

        /// <summary>One LiteDB engine, and what makes its commits durable.</summary>
        private sealed record Engine(LiteDatabase Database, LogDurability Log, CheckpointWrites? Checkpoints);
    }
}
