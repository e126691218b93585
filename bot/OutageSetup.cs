using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Bot;

/// <summary>
/// Wires major incidents (issue 15): <c>/outage</c>, the router telling people about open outages first, and the outage
/// outbox each channel worker drains (section <c>Outages</c>: <c>Services</c>, <c>SummaryEvery</c>, <c>SendPerSecond</c>).
/// </summary>
internal static class OutageSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton(new ServiceVocabulary(options));
        services.AddSingleton<OutageOutbox>();
        services.AddSingleton(sp => new OutageDesk(
            sp.GetRequiredService<IOutageStore>(), sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<TechnicianDeskServices>(), options));
        services.AddSingleton<ITechnicianCommand>(sp => new OutageCommand(
            sp.GetRequiredService<IOutageStore>(), sp.GetRequiredService<IProblemStore>(), sp.GetRequiredService<ServiceVocabulary>()));
    }

    public static OutageOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection("Outages").Get<OutageOptions>() ?? new OutageOptions();
        if (options.SummaryEvery <= TimeSpan.Zero || options.SendPerSecond.Values.Any(r => r <= 0))
        {
            throw new InvalidOperationException("Outages:SummaryEvery must be positive and every Outages:SendPerSecond at least 1.");
        }

        return options;
    }
}
