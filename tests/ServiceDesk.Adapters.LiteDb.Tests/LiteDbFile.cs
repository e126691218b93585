using ServiceDesk.Core.Storage;
using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>A real LiteDB file in a fresh temporary folder, opened as the bot opens it, for the storage contract.</summary>
/// <param name="readCache">
/// With the desk's <see cref="TurnReadCache"/> in front of the unit of work, tickets, conversations and profiles, as the
/// bot wires them: what a transaction remembers must answer as the store would.
/// </param>
/// <param name="ownsStore">The read cache remembers what was committed beyond a transaction, as the bot runs it on its LiteDB file.</param>
internal sealed class LiteDbFile(bool readCache = false, bool ownsStore = false)
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-contract-").FullName;
    private readonly Dictionary<DeskStores, (ServiceDeskDatabase Database, TurnReadCache? Cache)> _open = [];

    public string FilePath => Path.Combine(_folder, "servicedesk.db");

    public DeskStores Open()
    {
        var database = new ServiceDeskDatabase(FilePath);
        var cache = readCache ? new TurnReadCache(ownsStore: ownsStore) : null;
        var stores = new DeskStores(
            cache?.Around((IUnitOfWork)database) ?? database,
            cache?.Around(new TicketStore(database)) ?? new TicketStore(database),
            cache?.Around(new ConversationStore(database)) ?? new ConversationStore(database),
            cache?.Around(new ProfileStore(database)) ?? new ProfileStore(database),
            new InboxStore(database), new ProblemStore(database), new ThreadStore(database), cache?.Around(new OutageStore(database)) ?? new OutageStore(database));
        _open[stores] = (database, cache);
        return stores;
    }

    public void Close(DeskStores stores)
    {
        if (_open.Remove(stores, out var open))
        {
            open.Cache?.Dispose();
            open.Database.Dispose();
        }
    }

    public void Delete() => Directory.Delete(_folder, recursive: true);
}
