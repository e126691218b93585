using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.KnowledgeBase.Desk;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bench.Desk;

/// <summary>
/// The bot's desk as the bot wires it (<c>BotHost.AddDesk</c>, the shipped <c>appsettings.json</c>): the real
/// <see cref="DeskRouter"/>, requester dialogue, knowledge base (the repository's articles, Lucene), recognizer and
/// LiteDB store, on a fresh file in a temporary folder. No channel, no network, no hosted service.
/// </summary>
internal sealed class DeskUnderTest : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    /// <param name="overrides">Configuration over the shipped <c>appsettings.json</c>.</param>
    /// <param name="sections">When given, each store call, the knowledge base and the transaction are timed there.</param>
    /// <param name="readCache">False: the desk reads straight from the store, as before the turn read cache (a baseline).</param>
    /// <param name="turnsAtOnce">When given, the router runs at most that many turns at once (<see cref="DeskRouter.TurnsAtOnce"/> otherwise).</param>
    public DeskUnderTest(IEnumerable<KeyValuePair<string, string?>> overrides, Sections? sections = null, bool readCache = true, int? turnsAtOnce = null)
    {
        _folder = Path.Combine(Path.GetTempPath(), "servicedesk-desk-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddInMemoryCollection([
                new("Storage:Path", Path.Combine(_folder, "servicedesk.db")),
                new("Dashboard:Urls", ""),
                .. overrides,
            ])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        BotHost.AddDesk(services, configuration);
        if (sections is not null)
        {
            TimeSections(services, sections);
        }

        if (!readCache)
        {
            services.AddSingleton(sp => sp.GetRequiredKeyedService<IUnitOfWork>(StorageSetup.Own));
            services.AddSingleton(sp => sp.GetRequiredKeyedService<ITicketStore>(StorageSetup.Own));
            services.AddSingleton(sp => sp.GetRequiredKeyedService<IConversationStore>(StorageSetup.Own));
            services.AddSingleton(sp => sp.GetRequiredKeyedService<IProfileStore>(StorageSetup.Own));
        }

        if (turnsAtOnce is { } limit)
        {
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DeskRouter>(sp, limit));
        }

        _services = services.BuildServiceProvider();
        Router = _services.GetRequiredService<DeskRouter>();
        if (sections is not null)
        {
            var database = _services.GetRequiredService<ServiceDeskDatabase>();
            sections.HoldsWriter = () => database.HoldsWriter;
        }
    }

    public DeskRouter Router { get; }

    public ITicketStore Tickets => _services.GetRequiredService<ITicketStore>();

    /// <summary>Flushes of the store's log to disk and the commits they made durable.</summary>
    public (long Flushes, long Commits) FlushCounts => _services.GetRequiredService<ServiceDeskDatabase>().FlushCounts;

    /// <summary>How long transactions waited for the store's one writer and held it, where the hold went, and how many wrote.</summary>
    public WriterHoldFigures WriterTimes => _services.GetRequiredService<ServiceDeskDatabase>().WriterTimes;

    public long FileBytes => Directory.EnumerateFiles(_folder).Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// Registered after the bot's own, so every part of the desk gets the timed stores and search. The stores are the
    /// store's own (<see cref="StorageSetup.Own"/>), behind the desk's turn read cache: what is timed is what reaches the store.
    /// </summary>
    private static void TimeSections(ServiceCollection services, Sections sections)
    {
        services.AddKeyedSingleton<IUnitOfWork>(StorageSetup.Own, (sp, _) => new TimedUnitOfWork(sp.GetRequiredService<ServiceDeskDatabase>(), sections));
        services.AddKeyedSingleton<ITicketStore>(StorageSetup.Own, (sp, _) => new TimedTicketStore(new TicketStore(sp.GetRequiredService<ServiceDeskDatabase>()), sections));
        services.AddKeyedSingleton<IConversationStore>(StorageSetup.Own, (sp, _) => new TimedConversationStore(new ConversationStore(sp.GetRequiredService<ServiceDeskDatabase>()), sections));
        services.AddKeyedSingleton<IProfileStore>(StorageSetup.Own, (sp, _) => new TimedProfileStore(new ProfileStore(sp.GetRequiredService<ServiceDeskDatabase>()), sections));
        services.AddSingleton<IKnownErrorSearch>(sp => new TimedKnownErrorSearch(ActivatorUtilities.CreateInstance<KnowledgeBaseKnownErrors>(sp), sections));
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
