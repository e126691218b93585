using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// Wires the store behind the core's storage seam (<see cref="IUnitOfWork"/>, <see cref="ITicketStore"/>…), chosen by
/// <c>Storage:Provider</c>: <c>litedb</c> (the default), the LiteDB file of section <c>Storage</c>, or <c>postgres</c>,
/// the PostgreSQL database of <c>Storage:ConnectionString</c> (give it as the environment variable
/// <c>Storage__ConnectionString</c>: it holds the password), shared by several instances (see <see cref="LeaseSetup"/>).
/// A test may register its own <see cref="ServiceDeskDatabase"/> after this; every LiteDB store then uses that one.
/// </summary>
internal static class StorageSetup
{
    /// <summary>
    /// The key of the store's own unit of work, tickets, conversations and profiles; the desk gets them (unkeyed) behind
    /// one <see cref="TurnReadCache"/>, so a turn reads each of them once. A benchmark may register its own under this key.
    /// </summary>
    public const string Own = "store";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        if (UsesPostgres(configuration))
        {
            var connectionString = PostgresConnectionString(configuration);
            services.AddSingleton(_ => new PostgresDatabase(connectionString));
            services.AddKeyedSingleton<IUnitOfWork>(Own, (sp, _) => sp.GetRequiredService<PostgresDatabase>());
            services.AddKeyedSingleton<ITicketStore, PostgresTicketStore>(Own);
            services.AddKeyedSingleton<IConversationStore, PostgresConversationStore>(Own);
            services.AddKeyedSingleton<IProfileStore, PostgresProfileStore>(Own);
            AddTurnReadCache(services, ownsStore: false);
            services.AddSingleton<IInboxStore, PostgresInboxStore>();
            services.AddSingleton<IProblemStore, PostgresProblemStore>();
            services.AddSingleton<IThreadStore, PostgresThreadStore>();
            services.AddSingleton<IOutageStore, PostgresOutageStore>();
            LeaseSetup.Add(services, configuration);
            return;
        }

        var storage = ReadOptions(configuration);
        services.AddSingleton(_ => new ServiceDeskDatabase(storage.Path, storage.MinimumFreeBytes, storage.GroupCommit));
        services.AddKeyedSingleton<IUnitOfWork>(Own, (sp, _) => sp.GetRequiredService<ServiceDeskDatabase>());
        services.AddKeyedSingleton<ITicketStore, TicketStore>(Own);
        services.AddKeyedSingleton<IConversationStore, ConversationStore>(Own);
        services.AddKeyedSingleton<IProfileStore, ProfileStore>(Own);
        AddTurnReadCache(services, ownsStore: true);
        services.AddSingleton<IInboxStore, InboxStore>();
        services.AddSingleton<IProblemStore, ProblemStore>();
        services.AddSingleton<IThreadStore, ThreadStore>();
        services.AddKeyedSingleton<IOutageStore, OutageStore>(Own);
        services.AddSingleton(sp => sp.GetRequiredService<TurnReadCache>().Around(sp.GetRequiredKeyedService<IOutageStore>(Own)));
        services.AddHostedService<StoreReadService>();
    }

    /// <summary>
    /// The unit of work and the stores the desk uses: the store's own (<see cref="Own"/>), their reads remembered for a
    /// transaction, and, when this process alone writes the store (<paramref name="ownsStore"/>: the LiteDB file, which one
    /// process opens), the conversations, profiles and open tickets it committed remembered beyond, and that no outage is
    /// current (<see cref="TurnReadCache"/>; the outages are wrapped with the LiteDB stores above).
    /// Several instances share a PostgreSQL database, so there each reads what the others wrote.
    /// </summary>
    private static void AddTurnReadCache(IServiceCollection services, bool ownsStore)
    {
        // Real time for how long a remembered conversation state is trusted, whatever clock the desk runs on.
        services.AddSingleton(_ => new TurnReadCache(ownsStore: ownsStore));
        services.AddSingleton(sp => sp.GetRequiredService<TurnReadCache>().Around(sp.GetRequiredKeyedService<IUnitOfWork>(Own)));
        services.AddSingleton(sp => sp.GetRequiredService<TurnReadCache>().Around(sp.GetRequiredKeyedService<ITicketStore>(Own)));
        services.AddSingleton(sp => sp.GetRequiredService<TurnReadCache>().Around(sp.GetRequiredKeyedService<IConversationStore>(Own)));
        services.AddSingleton(sp => sp.GetRequiredService<TurnReadCache>().Around(sp.GetRequiredKeyedService<IProfileStore>(Own)));
    }

    public static StorageOptions ReadOptions(IConfiguration configuration) =>
        configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();

    /// <summary>True for <c>Storage:Provider=postgres</c>; refuses a provider it does not know.</summary>
    public static bool UsesPostgres(IConfiguration configuration) => configuration["Storage:Provider"]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "litedb" => false,
        "postgres" or "postgresql" => true,
        var other => throw new InvalidOperationException($"Storage:Provider '{other}' is not known: use litedb (the default) or postgres."),
    };

    /// <summary>
    /// The tickets of the configured store, for the inspection verbs; dispose the returned owner after use. A LiteDB file a
    /// running bot holds is read through that bot (<see cref="ReadThroughBotTicketStore"/>), never opened a second time.
    /// </summary>
    public static (IDisposable Owner, ITicketStore Tickets) OpenTickets(IConfiguration configuration)
    {
        if (UsesPostgres(configuration))
        {
            var database = new PostgresDatabase(PostgresConnectionString(configuration));
            return (database, new PostgresTicketStore(database));
        }

        var path = ReadOptions(configuration).Path;
        try
        {
            var file = new ServiceDeskDatabase(path);
            return (file, new TicketStore(file));
        }
        catch (StoreInUseException)
        {
            // The bot runs on the file and holds it (direct mode): read through it.
            return (NothingToDispose.Instance, new ReadThroughBotTicketStore(new StoreReadClient(path)));
        }
    }

    private sealed class NothingToDispose : IDisposable
    {
        public static readonly NothingToDispose Instance = new();

        public void Dispose()
        {
        }
    }

    private static string PostgresConnectionString(IConfiguration configuration) =>
        configuration["Storage:ConnectionString"] is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                "Storage:Provider is postgres but Storage:ConnectionString is empty: set the environment variable Storage__ConnectionString " +
                "(e.g. \"Host=db.example.org;Database=servicedesk;Username=servicedesk;Password=…\").");
}
