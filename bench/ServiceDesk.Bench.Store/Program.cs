using System.Diagnostics;
using System.Globalization;
using LiteDB;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

// The store's cost per operation in LiteDB's shared mode (how the desk opened its file before: the file opened and
// closed around every operation) against direct mode, in the same run, on the same operations: a turn's writes (its
// conversation read and saved, its message kept in the inbox and the previous one forgotten, in one transaction), a
// ticket read by number, a ticket opened (counter and ticket in one transaction). Direct mode is measured twice: LiteDB
// alone, whose commit returns before its writer thread has written the log, and the desk's store, which waits for that
// write (so a commit survives the process being killed): as it was, with LiteDB's writer flushing the log to disk each
// time its queue ran empty (between the pages of one commit, so several flushes per commit), and as it is, with one
// flush per commit with the writer held, and as it is, with group commit (commits that arrive during a flush share the
// next one, the writer released before the flush). Then turns from 4 and 16 threads at once. "--store-only" leaves out
// LiteDB alone (shared and direct) and the flush per page.
var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var given) ? given : 2_000;
var storeOnly = args.Contains("--store-only");
var folder = Directory.CreateTempSubdirectory("sd-store-bench-").FullName;
try
{
    Console.WriteLine(Invariant($"Store bench: {count} operations of each kind per mode, {Environment.ProcessorCount} cores, LiteDB {typeof(LiteDatabase).Assembly.GetName().Version}, load {Load()}"));
    if (!storeOnly)
    {
        MeasureLiteDbAlone(folder, count);
    }

    LogWriter.GroupCommit = false;
    using (var store = new ServiceDeskDatabase(Path.Combine(folder, "store-per-commit.db"), minimumFreeBytes: 0))
    {
        Measure("the desk's store, direct mode, one flush to disk per commit, the writer held through it (before)", new StoreOperations(store), count);
        Flushes(store);
    }

    LogWriter.GroupCommit = true;
    using (var store = new ServiceDeskDatabase(Path.Combine(folder, "store.db"), minimumFreeBytes: 0))
    {
        Measure("the desk's store, direct mode, group commit (now)", new StoreOperations(store), count);
        Flushes(store);
    }

    Console.WriteLine(Invariant($"Load at the end: {Load()}"));
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static void Flushes(ServiceDeskDatabase store)
{
    var (flushes, commits) = store.FlushCounts;
    Console.WriteLine(Invariant($"  flushes to disk: {flushes} for {commits} commits ({(double)commits / Math.Max(1, flushes):0.00} commits per flush)"));
}

static void MeasureLiteDbAlone(string folder, int count)
{
    using (var shared = new LiteDatabase(new ConnectionString { Filename = Path.Combine(folder, "shared.db"), Connection = ConnectionType.Shared }, Mapper()))
    {
        Measure("LiteDB shared mode (before)", new RawOperations(shared), count);
    }

    using (var direct = new LiteDatabase(new ConnectionString { Filename = Path.Combine(folder, "direct.db"), Connection = ConnectionType.Direct }, Mapper()))
    {
        Measure("LiteDB direct mode alone (commit not waited for)", new RawOperations(direct), count);
    }

    LogWriter.FlushEveryPage = true;
    LogWriter.GroupCommit = false;
    using (var store = new ServiceDeskDatabase(Path.Combine(folder, "store-before.db"), minimumFreeBytes: 0))
    {
        Measure("the desk's store, direct mode, LiteDB flushing the log to disk after every page (before that)", new StoreOperations(store), count);
    }

    LogWriter.FlushEveryPage = false;
}

static void Measure(string name, IOperations operations, int count)
{
    for (var i = 0; i < 50; i++)
    {
        operations.Turn($"warm{i % 10}");
        operations.OpenTicket();
        operations.ReadTicket(1);
    }

    var random = new Random(7);
    var turns = Time(count, i => operations.Turn($"person{i % 200}"));
    var opens = Time(count, _ => operations.OpenTicket());
    var reads = Time(count, _ => operations.ReadTicket(random.Next(1, count)));
    Console.WriteLine(name);
    Console.WriteLine(Invariant($"  turn's writes (one transaction)   {Summary(turns)}"));
    Console.WriteLine(Invariant($"  ticket opened (one transaction)   {Summary(opens)}"));
    Console.WriteLine(Invariant($"  ticket read by number             {Summary(reads)}"));
    foreach (var threads in (int[])[4, 16])
    {
        var wall = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            for (var i = 0; i < count / threads; i++)
            {
                operations.Turn($"parallel{threads}-{thread}-{i % 50}");
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        wall.Stop();
        var done = count / threads * threads;
        Console.WriteLine(Invariant($"  turns from {threads,2} threads at once    {done / wall.Elapsed.TotalSeconds:0} turns/s, CPU {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / done:0.00} ms per turn"));
    }
}

static double[] Time(int count, Action<int> operation)
{
    var times = new double[count];
    for (var i = 0; i < count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        operation(i);
        times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    Array.Sort(times);
    return times;
}

static string Summary(double[] sorted) =>
    Invariant($"median {sorted[sorted.Length / 2]:0.000} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:0.000} ms, mean {sorted.Average():0.000} ms");

static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static BsonMapper Mapper()
{
    var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false, TrimWhitespace = false };
    mapper.Entity<Ticket>().Id(t => t.Number, autoId: false).Ignore(t => t.TicketNumber).Ignore(t => t.IsOpen);
    mapper.Entity<ConversationRecord>().Id(r => r.Id, autoId: false);
    return mapper;
}

internal interface IOperations
{
    void Turn(string person);

    void OpenTicket();

    void ReadTicket(int number);
}

internal static class Samples
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static Ticket Ticket(string person) => new()
    {
        RequesterId = person, ReplyChannel = "xmpp", ReplyAddress = person[5..], RequesterName = "Alice Martin",
        Description = "Depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423",
        Type = RequestType.Incident, Status = TicketStatus.New, Priority = Priority.P3, Impact = Impact.OneUser, Urgency = Urgency.Blocked,
        OpenedAt = Monday, UpdatedAt = Monday,
        Journal = [new JournalEntry(Monday, person, JournalKind.RequesterMessage, "Depuis lundi Outlook affiche « Mot de passe incorrect »")],
    };

    public static ConversationRecord Conversation(string person, ConversationRecord? before) => (before ?? new ConversationRecord
    {
        Id = person, State = ConversationState.Gathering, Language = "fr",
    }) with { RecentMessageIds = [.. (before?.RecentMessageIds ?? []).TakeLast(49), Guid.NewGuid().ToString("N")] };

    public static InboundMessage Message(string person) =>
        new(new ChannelAddress("xmpp", person), "bloquée, je ne peux plus rien envoyer", Monday) { MessageId = Guid.NewGuid().ToString("N") };
}

/// <summary>The operations on a bare <see cref="LiteDatabase"/>, as the store does them.</summary>
internal sealed class RawOperations(LiteDatabase database) : IOperations
{
    private readonly Dictionary<string, ObjectId> _kept = [];

    public void Turn(string person)
    {
        database.BeginTrans();
        var conversations = database.GetCollection<ConversationRecord>("conversations");
        conversations.Upsert(Samples.Conversation(person, conversations.FindById(person)));
        var inbox = database.GetCollection("inbox");
        var message = Samples.Message(person);
        var id = ObjectId.NewObjectId();
        inbox.Insert(new BsonDocument { ["_id"] = id, ["channel"] = "xmpp", ["from"] = message.From.Value, ["text"] = message.Text, ["messageId"] = message.MessageId });
        lock (_kept)
        {
            if (_kept.Remove(person, out var previous))
            {
                inbox.Delete(previous);
            }

            _kept[person] = id;
        }

        database.Commit();
    }

    public void OpenTicket()
    {
        database.BeginTrans();
        var counters = database.GetCollection("counters");
        var next = (counters.FindById("ticket")?["value"].AsInt32 ?? 0) + 1;
        counters.Upsert(new BsonDocument { ["_id"] = "ticket", ["value"] = next });
        database.GetCollection<Ticket>("tickets").Insert(Samples.Ticket("xmpp:alice@localhost") with { Number = next });
        database.Commit();
    }

    public void ReadTicket(int number) => database.GetCollection<Ticket>("tickets").FindById(number);
}

/// <summary>The same through the desk's store (<see cref="ServiceDeskDatabase"/> and its stores).</summary>
internal sealed class StoreOperations(ServiceDeskDatabase database) : IOperations
{
    private readonly ConversationStore _conversations = new(database);
    private readonly InboxStore _inbox = new(database);
    private readonly TicketStore _tickets = new(database);
    private readonly Dictionary<string, InboxEntryId> _kept = [];

    public void Turn(string person) => database.InOneTransaction(() =>
    {
        _conversations.Save(Samples.Conversation(person, _conversations.Find(person)));
        var id = _inbox.Keep(Samples.Message(person));
        lock (_kept)
        {
            if (_kept.Remove(person, out var previous))
            {
                _inbox.Forget(previous);
            }

            _kept[person] = id;
        }
    });

    public void OpenTicket() => _tickets.Open(Samples.Ticket("xmpp:alice@localhost"));

    public void ReadTicket(int number) => _tickets.Find(new TicketNumber(number));
}
