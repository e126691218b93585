using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// Wires the store behind the core's storage seam (<see cref="IUnitOfWork"/>, <see cref="ITicketStore"/>…): the
/// LiteDB file of section <c>Storage</c>, the embedded default. A test may register its own
/// <see cref="ServiceDeskDatabase"/> after this; every store then uses that one.
/// </summary>
internal static class StorageSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var storage = ReadOptions(configuration);
        services.AddSingleton(_ => new ServiceDeskDatabase(storage.Path, storage.MinimumFreeBytes));
        services.AddSingleton<IUnitOfWork>(sp => sp.GetRequiredService<ServiceDeskDatabase>());
        services.AddSingleton<ITicketStore, TicketStore>();
        services.AddSingleton<IConversationStore, ConversationStore>();
        services.AddSingleton<IProfileStore, ProfileStore>();
        services.AddSingleton<IInboxStore, InboxStore>();
        services.AddSingleton<IProblemStore, ProblemStore>();
    }

    public static StorageOptions ReadOptions(IConfiguration configuration) =>
        configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
}
