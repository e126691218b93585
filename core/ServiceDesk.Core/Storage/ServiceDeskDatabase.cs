using LiteDB;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// The desk's one LiteDB file: tickets, the ticket counter, requester profiles and conversation state.
/// </summary>
/// <remarks>
/// Opened in shared mode so the command-line inspection (<c>tickets list</c>) can read it while the bot
/// runs. LiteDB is synchronous and thread-safe; callers keep calls short. Every query takes values as
/// parameters, never as text spliced into an expression.
/// </remarks>
public sealed class ServiceDeskDatabase : IDisposable
{
    private readonly LiteDatabase _database;

    public ServiceDeskDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        Path = full;
        _database = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Shared }, CreateMapper());
        Tickets.EnsureIndex(t => t.RequesterId);
        Tickets.EnsureIndex(t => t.Status);
        Tickets.EnsureIndex(t => t.DraftId);
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    internal ILiteCollection<Ticket> Tickets => _database.GetCollection<Ticket>("tickets");

    internal ILiteCollection<BsonDocument> Counters => _database.GetCollection("counters");

    internal ILiteCollection<T> Collection<T>(string name) => _database.GetCollection<T>(name);

    internal bool BeginTransaction() => _database.BeginTrans();

    internal bool Commit() => _database.Commit();

    internal bool Rollback() => _database.Rollback();

    public void Dispose() => _database.Dispose();

    private static BsonMapper CreateMapper()
    {
        // Empty strings are meaningful ("no error message", "nothing changed"): keep them as they are.
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false, TrimWhitespace = false };
        mapper.Entity<Ticket>()
            .Id(t => t.Number, autoId: false)
            .Ignore(t => t.TicketNumber)
            .Ignore(t => t.IsOpen);
        mapper.Entity<Problems.Problem>()
            .Id(p => p.Number, autoId: false)
            .Ignore(p => p.ProblemNumber);
        return mapper;
    }
}
