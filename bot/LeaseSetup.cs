using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Bot;

/// <summary>
/// Several instances on one PostgreSQL store: each network channel (the XMPP account) runs in one instance at a time,
/// the holder of its lease (<see cref="PostgresLease"/>), and the others wait as standbys (<see cref="LeasedChannelWorker"/>).
/// With the LiteDB store (one instance) channels run as they are.
/// </summary>
internal static class LeaseSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = (configuration.GetSection("Storage:Lease").Get<LeaseOptions>() ?? new LeaseOptions()).Validated();
        services.AddSingleton(options);
        services.AddSingleton(new InstanceName(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}")));
    }

    /// <summary>
    /// The hosted service for a channel: behind a lease when the store is shared and the channel is a network one
    /// (<paramref name="leased"/>), otherwise its worker as it is.
    /// </summary>
    public static IHostedService Worker(IServiceProvider services, Func<IServiceProvider, IChatChannel> create, bool leased)
    {
        if (leased && services.GetService<LeaseOptions>() is { } options)
        {
            var first = create(services);
            var lease = new PostgresLease(services.GetRequiredService<PostgresDatabase>(), "channel:" + first.Name,
                services.GetRequiredService<InstanceName>().Value, options.Duration);
            return new LeasedChannelWorker(lease, options, first, () => create(services), channel => NewWorker(services, channel),
                services.GetRequiredService<ILogger<LeasedChannelWorker>>());
        }

        return NewWorker(services, create(services));
    }

    /// <summary>
    /// The channel's worker, its channel known to the <see cref="OutboundDispatcher"/> from now on (before any worker
    /// starts, so that another channel's first periodic check can already post to it: the channel queues until connected).
    /// </summary>
    private static ChannelWorker NewWorker(IServiceProvider services, IChatChannel channel)
    {
        var worker = ActivatorUtilities.CreateInstance<ChannelWorker>(services, channel);
        services.GetRequiredService<OutboundDispatcher>().Attach(channel);
        return worker;
    }

    /// <summary>This process's identity in lease rows.</summary>
    internal sealed record InstanceName(string Value);
}
