using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Bot;

/// <summary>
/// Several instances on one PostgreSQL store: the network channels (the XMPP account, the Slack app) run in one instance
/// at a time, the holder of the lease <see cref="LeaseName"/> (<see cref="PostgresLease"/>), and the others wait as
/// standbys (<see cref="LeasedChannelWorker"/>). With the LiteDB store (one instance) channels run as they are.
/// </summary>
/// <remarks>
/// One lease for every network channel, not one per channel: the desk's periodic checks run in each channel's worker and
/// work desk-wide (tickets to post, time limits, reminders, SLA warnings, the outages' room lines), and a turn on one
/// channel may answer on another (a Slack technician taking a Jabber ticket). Split between two instances, each holder
/// would run the same checks (their in-process keys do not reach the other instance) and could not send what is meant
/// for the other's channel. Every channel worker of an instance asks for the same row with the same holder, so they hold
/// it together, and a standby holds none.
/// </remarks>
internal static class LeaseSetup
{
    /// <summary>The lease row every network channel is served under.</summary>
    public const string LeaseName = "channels";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = (configuration.GetSection("Storage:Lease").Get<LeaseOptions>() ?? new LeaseOptions()).Validated();
        ReserveThreads();
        services.AddSingleton(options);
        services.AddSingleton<SharedInboxSignal>();
        services.AddSingleton(new InstanceName(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}")));
    }

    /// <summary>
    /// A turn runs synchronously inside its transaction (<see cref="Core.Storage.IUnitOfWork"/>), so up to
    /// <see cref="Core.Technicians.DeskRouter.TurnsAtOnce"/> thread-pool threads wait on the database at once, longer when
    /// the machine is loaded. The pool starts with one thread per core and adds more slowly when they all wait: meanwhile
    /// the lease's timers and renewals would wait in its queue behind the turns, and a holder that cannot renew within half
    /// the lease steps down, in the middle of a takeover's burst of replayed turns. The pool keeps threads for every turn
    /// and some to spare (the renewal itself runs on a thread of its own, <see cref="LeasedChannelWorker"/>).
    /// </summary>
    private static void ReserveThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var completions);
        var wanted = Core.Technicians.DeskRouter.TurnsAtOnce + 16;
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completions);
        }
    }

    /// <summary>
    /// The hosted service for a channel: behind a lease when the store is shared and the channel is a network one
    /// (<paramref name="leased"/>), otherwise its worker as it is.
    /// </summary>
    /// <remarks>
    /// With <c>sharedReception</c> the network lets several connections share its deliveries (Slack's Socket Mode): on a
    /// shared store every instance then holds one and keeps what it receives in the shared inbox
    /// (<see cref="SharedInboxReception"/>), and the holder's worker takes its turns from that inbox
    /// (<see cref="ChannelWorker.SharedInbox"/>) through a channel that only sends.
    /// </remarks>
    public static IHostedService Worker(IServiceProvider services, Func<IServiceProvider, IChatChannel> create, bool leased, bool sharedReception = false)
    {
        if (leased && services.GetService<LeaseOptions>() is { } options)
        {
            var first = create(services);
            var lease = new PostgresLease(services.GetRequiredService<PostgresDatabase>(), LeaseName,
                services.GetRequiredService<InstanceName>().Value, options.Duration);
            var signal = services.GetRequiredService<SharedInboxSignal>();
            var leasedWorker = new LeasedChannelWorker(lease, options, first, () => create(services),
                channel => NewWorker(services, channel, sharedReception ? signal : null),
                services.GetRequiredService<ILogger<LeasedChannelWorker>>());
            if (!sharedReception)
            {
                return leasedWorker;
            }

            var reception = ActivatorUtilities.CreateInstance<SharedInboxReception>(services, create(services),
                services.GetRequiredService<IConfiguration>().GetSection("Storage:Retry").Get<StoreRetryOptions>() ?? new StoreRetryOptions());
            return new HostedTogether(reception, leasedWorker);
        }

        var worker = NewWorker(services, create(services));

        // On a shared store, a channel outside the lease (the terminal) runs no periodic work when network channels are
        // configured: the holder of the lease runs it, once for the desk, whichever instance this is.
        worker.RunsPeriodicWork = services.GetService<LeaseOptions>() is null || !services.GetRequiredService<NetworkChannels>().Any;
        return worker;
    }

    /// <summary>
    /// The channel's worker, its channel known to the <see cref="OutboundDispatcher"/> from now on (before any worker
    /// starts, so that another channel's first periodic check can already post to it: the channel queues until connected).
    /// </summary>
    internal static ChannelWorker NewWorker(IServiceProvider services, IChatChannel channel, SharedInboxSignal? sharedInbox = null)
    {
        var worker = ActivatorUtilities.CreateInstance<ChannelWorker>(services, channel);
        worker.SharedInbox = sharedInbox;
        services.GetRequiredService<OutboundDispatcher>().Attach(channel);
        return worker;
    }

    /// <summary>Two hosted services started and stopped together (a channel's reception and its leased worker).</summary>
    private sealed class HostedTogether(IHostedService first, IHostedService second) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await first.StartAsync(cancellationToken).ConfigureAwait(false);
            await second.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        public Task StopAsync(CancellationToken cancellationToken) =>
            Task.WhenAll(first.StopAsync(cancellationToken), second.StopAsync(cancellationToken));
    }

    /// <summary>Whether this process has any network channel (each of them behind the lease on a shared store).</summary>
    internal sealed class NetworkChannels
    {
        public bool Any { get; set; }
    }

    /// <summary>This process's identity in lease rows.</summary>
    internal sealed record InstanceName(string Value);
}
