using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Postgres;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot;

/// <summary>
/// A network channel run by one instance at a time: this instance waits as a standby until it holds the channel's
/// lease, then runs the channel's <see cref="ChannelWorker"/> (its connection, its turns, the inbox replay and the
/// desk's periodic checks, which therefore run on the holder only), renewing the lease as it goes; when the lease is
/// lost it stops the worker and waits again. A clean stop gives the lease up at once.
/// </summary>
/// <remarks>
/// The holder counts the lease as lost, and stops serving, once half its duration has passed since the start of its last
/// successful renewal, by its own monotonic clock: before the server can give it to anyone else, with time left for the
/// worker to stop. A renewal that hangs (a cut network) counts as failed after <see cref="LeaseOptions.RenewEvery"/>.
/// </remarks>
internal sealed partial class LeasedChannelWorker(
    PostgresLease lease,
    LeaseOptions options,
    IChatChannel first,
    Func<IChatChannel> nextChannel,
    Func<IChatChannel, ChannelWorker> newWorker,
    ILogger<LeasedChannelWorker> logger) : BackgroundService
{
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(10);
    private IChatChannel? _unused = first;
    private bool _unreachableLogged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var heldSince = await WaitForLeaseAsync(stoppingToken).ConfigureAwait(false);
                await ServeWhileHeldAsync(heldSince, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await ReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Asks for the lease every <see cref="LeaseOptions.RenewEvery"/> until it is held; returns when the successful attempt started.</summary>
    private async Task<long> WaitForLeaseAsync(CancellationToken stoppingToken)
    {
        var standbyLogged = false;
        while (true)
        {
            var attempt = Stopwatch.GetTimestamp();
            if (await TryHoldAsync(stoppingToken).ConfigureAwait(false) == true)
            {
                return attempt;
            }

            if (!standbyLogged)
            {
                LogStandby(lease.Name, lease.Holder);
                standbyLogged = true;
            }

            await Task.Delay(options.RenewEvery, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task ServeWhileHeldAsync(long heldSince, CancellationToken stoppingToken)
    {
        var channel = _unused ?? nextChannel();
        _unused = null;
        var worker = newWorker(channel);
        var generation = lease.Generation;
        LogServing(lease.Name, lease.Holder, generation);
        var lastRenewal = heldSince;

        // What the channel queued is sent only while the lease is surely held (the same test as the renewal loop's,
        // on this process's monotonic clock): a holder that ran again after a freeze sends nothing it had queued.
        if (channel is ISendGate gated)
        {
            gated.GateSends(() => !worker.Fenced.IsCompleted && Stopwatch.GetElapsedTime(Volatile.Read(ref lastRenewal)) < options.Duration / 2);
        }

        // Every transaction of this tenure's worker (its turns, checks and outbox) commits only while this instance
        // still holds the lease in this tenure: a holder frozen past a takeover cannot commit when it wakes up.
        using (lease.Fence(generation))
        {
            await worker.StartAsync(stoppingToken).ConfigureAwait(false);
        }

        try
        {
            while (worker.ExecuteTask is not { IsCompleted: true })
            {
                await Task.WhenAny(Task.Delay(options.RenewEvery, stoppingToken), worker.Fenced).ConfigureAwait(false);
                stoppingToken.ThrowIfCancellationRequested();
                if (worker.Fenced.IsCompleted)
                {
                    LogLost(lease.Name, "the store refused a commit: another instance took over");
                    return;
                }

                // Checked before asking the server: a process that was frozen (SIGSTOP, a suspended VM) past half the
                // lease stops serving as soon as it runs again, without waiting for an answer.
                if (Stopwatch.GetElapsedTime(lastRenewal) >= options.Duration / 2)
                {
                    LogLost(lease.Name, "it was not renewed in time");
                    return;
                }

                var attempt = Stopwatch.GetTimestamp();
                var held = await TryHoldAsync(stoppingToken).ConfigureAwait(false);
                if (held == true && lease.Generation == generation)
                {
                    Volatile.Write(ref lastRenewal, attempt);
                }
                else if (held == true)
                {
                    LogLost(lease.Name, $"it expired before this renewal (tenure {generation} ended, {lease.Generation} begins)");
                    return;
                }
                else if (held == false)
                {
                    LogLost(lease.Name, "another instance holds it");
                    return;
                }
                else if (Stopwatch.GetElapsedTime(lastRenewal) >= options.Duration / 2)
                {
                    LogLost(lease.Name, "it could not be renewed in time");
                    return;
                }
            }
        }
        finally
        {
            await StopAsync(worker, channel).ConfigureAwait(false);
        }
    }

    /// <summary>True when held, false when another instance holds it, null when the store could not be asked in time.</summary>
    private async Task<bool?> TryHoldAsync(CancellationToken stoppingToken)
    {
        // On a thread of its own, not the pool's: up to DeskRouter.TurnsAtOnce turns block pool threads on the database,
        // and a renewal queued behind them on a loaded machine would time out and make the holder step down for nothing.
        var attempt = Task.Factory.StartNew(lease.TryHold, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var held = await attempt.WaitAsync(options.RenewEvery, stoppingToken).ConfigureAwait(false);
            _unreachableLogged = false;
            if (Stopwatch.GetElapsedTime(started) is var took && took > options.RenewEvery / 2)
            {
                LogSlowRenewal(lease.Name, took);
            }

            return held;
        }
        catch (Exception error) when (error is TimeoutException || StoreFailure.IsTransient(error))
        {
            _ = attempt.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            if (!_unreachableLogged)
            {
                LogUnreachable(lease.Name, error.Message);
                _unreachableLogged = true;
            }

            return null;
        }
    }

    private static async Task StopAsync(ChannelWorker worker, IChatChannel channel)
    {
        using (worker)
        {
            using var limit = new CancellationTokenSource(StopLimit);
            await worker.StopAsync(limit.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (channel is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            await Task.Run(lease.Release, CancellationToken.None).WaitAsync(options.RenewEvery).ConfigureAwait(false);
        }
        catch (Exception error) when (error is TimeoutException || StoreFailure.IsTransient(error))
        {
            LogNotReleased(lease.Name, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Standby: another instance holds the lease {Lease}; this one ({Instance}) waits to take over")]
    private partial void LogStandby(string lease, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Holding the lease {Lease} as {Instance} (tenure {Generation}): serving the channel")]
    private partial void LogServing(string lease, string instance, long generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lost the lease {Lease}: {Reason}; the channel is stopped and this instance waits as a standby")]
    private partial void LogLost(string lease, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach the store to hold the lease {Lease}: {Reason}")]
    private partial void LogUnreachable(string lease, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asking for the lease {Lease} took {Took}: the store or this machine is slow")]
    private partial void LogSlowRenewal(string lease, TimeSpan took);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give up the lease {Lease} at the stop ({Reason}); it expires by itself")]
    private partial void LogNotReleased(string lease, string reason);
}
