using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.LiteDb;

namespace ServiceDesk.Bot;

/// <summary>
/// Holds the LiteDB store from the bot's start (the first hosted service: a second bot on the same file stops here, before
/// any channel connects) and serves the inspection verbs' reads over <c>&lt;file&gt;.sock</c> (<see cref="StoreReadEndpoint"/>).
/// </summary>
internal sealed partial class StoreReadService(ServiceDeskDatabase database, ILogger<StoreReadService> logger) : IHostedService, IAsyncDisposable
{
    private StoreReadEndpoint? _endpoint;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _endpoint = StoreReadEndpoint.Start(database);
        }
        catch (Exception error) when (error is SocketException or IOException or ArgumentOutOfRangeException or UnauthorizedAccessException)
        {
            // The bot runs without it; only `tickets list` and the like cannot read while it runs.
            LogNoEndpoint(logger, StoreReadEndpoint.PathFor(database.Path), error.Message);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _endpoint, null) is { } endpoint)
        {
            await endpoint.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inspection verbs cannot read the store while the bot runs: no socket at {Path} ({Reason}).")]
    private static partial void LogNoEndpoint(ILogger logger, string path, string reason);
}
