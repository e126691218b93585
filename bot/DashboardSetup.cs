using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Web;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Bot;

/// <summary>
/// The desk lead's web page (section <c>Dashboard</c>): served by the bot when <c>Dashboard:Urls</c> is not empty,
/// with the <c>/dashboard</c> command that gives technicians their sign-in link.
/// </summary>
internal static class DashboardSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Dashboard").Get<DashboardOptions>() ?? new DashboardOptions();
        if (!options.Enabled)
        {
            return;
        }

        var links = new SignInLinks(options);
        services.AddSingleton(options);
        services.AddSingleton(links);
        services.AddSingleton<ITechnicianCommand>(new DashboardCommand(links));
        services.AddSingleton<IHostedService>(sp => new DashboardServer(
            new DashboardContext(
                sp.GetRequiredService<ITicketStore>(), sp.GetRequiredService<TechnicianDirectory>(), sp.GetRequiredService<TechnicianDeskOptions>(),
                sp.GetRequiredService<SlaPolicy>(), sp.GetRequiredService<TimeProvider>()),
            options, links, sp.GetRequiredService<ILogger<DashboardServer>>()));
    }
}
