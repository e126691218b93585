using ServiceDesk.Storage.Contract;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>A real LiteDB file in a fresh temporary folder, opened as the bot opens it, for the storage contract.</summary>
internal sealed class LiteDbFile
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-contract-").FullName;

    public string FilePath => Path.Combine(_folder, "servicedesk.db");

    public DeskStores Open()
    {
        var database = new ServiceDeskDatabase(FilePath);
        return new DeskStores(database, new TicketStore(database), new ConversationStore(database), new ProfileStore(database),
            new InboxStore(database), new ProblemStore(database), new ThreadStore(database), new OutageStore(database));
    }

    public static void Close(DeskStores stores) => ((ServiceDeskDatabase)stores.UnitOfWork).Dispose();

    public void Delete() => Directory.Delete(_folder, recursive: true);
}
