using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Bot;

/// <summary>
/// Wires problem management: the problem records, <c>/problem</c>, and when similar incidents make the desk propose
/// a problem (section <c>Problems</c>: <c>Window</c>, e.g. "00:30:00", and <c>Threshold</c>).
/// </summary>
internal static class ProblemSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ReadOptions(configuration));
        services.AddSingleton<ProblemWatch>();
        services.AddSingleton<ITechnicianCommand>(sp => new ProblemCommand(sp.GetRequiredService<IProblemStore>(), sp.GetRequiredService<IKnownErrorPublisher>()));
    }

    public static ProblemOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection("Problems").Get<ProblemOptions>() ?? new ProblemOptions();
        if (options.Window <= TimeSpan.Zero || options.Threshold < 2)
        {
            throw new InvalidOperationException("Problems:Window must be positive and Problems:Threshold at least 2.");
        }

        return options;
    }
}
