using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Slack.Events;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.SocketMode;
using ServiceDesk.Adapters.Slack.WebApi;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Slack;

/// <summary>
/// The adapter's protocol side put together from <see cref="SlackOptions"/>: the Web API client, then, once
/// <c>auth.test</c> said who the bot is, either the Socket Mode client or the events endpoint, feeding every new
/// inbound to the caller's <see cref="SlackInboundKeeper"/>. The desk's channel is built on this.
/// </summary>
internal sealed partial class SlackConnection
{
    private readonly SlackOptions options;
    private readonly SlackTimings timings;
    private readonly TimeProvider timeProvider;
    private readonly ILoggerFactory loggerFactory;
    private readonly ILogger logger;
    private readonly InboundReception reception;
    private readonly TaskCompletionSource<Uri> eventsUrl = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SlackConnection(SlackOptions options, HttpClient http, SlackInboundKeeper keeper, SlackTimings timings, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        this.options = options;
        this.timings = timings;
        this.timeProvider = timeProvider;
        this.loggerFactory = loggerFactory;
        logger = loggerFactory.CreateLogger<SlackConnection>();
        var webApi = new SlackWebApi(http, new Uri(options.ApiUrl), timings, timeProvider, loggerFactory.CreateLogger<SlackWebApi>());
        Api = new SlackApiClient(webApi, options, new ChannelPacer(timings.PostInterval, timeProvider));
        reception = new InboundReception(
            new DeliveryDeduplicator(timeProvider, timings.DuplicateWindow), keeper, timeProvider, timings, loggerFactory.CreateLogger<InboundReception>());
    }

    public SlackApiClient Api { get; }

    /// <summary>Who the bot is, once <see cref="RunAsync"/> has asked Slack.</summary>
    public SlackIdentity? Identity { get; private set; }

    /// <summary>In events mode, the address the endpoint listens on, once it does.</summary>
    public Task<Uri> EventsUrl => eventsUrl.Task;

    /// <summary>Runs until cancelled; throws for what waiting cannot fix (a revoked token, Socket Mode turned off).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Identity = await WhoAmIAsync(cancellationToken).ConfigureAwait(false);
        LogIdentity(Identity.UserId, options.Mode);
        if (options.Mode == SlackMode.Socket)
        {
            var client = new SocketModeClient(Api, reception, timings, timeProvider, loggerFactory.CreateLogger<SocketModeClient>());
            await client.RunAsync(Identity, cancellationToken).ConfigureAwait(false);
            return;
        }

        var verifier = new SlackRequestVerifier(options.SigningSecret, timeProvider, timings.SignatureWindow);
        var handler = new EventsRequestHandler(verifier, reception, Identity, loggerFactory.CreateLogger<EventsRequestHandler>());
        await using var endpoint = await SlackEventsEndpoint.StartAsync(
            new Uri(options.EventsUrl!), verifier, handler, loggerFactory.CreateLogger<SlackEventsEndpoint>(), cancellationToken).ConfigureAwait(false);
        eventsUrl.TrySetResult(endpoint.Url);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task<SlackIdentity> WhoAmIAsync(CancellationToken cancellationToken)
    {
        var backoff = new ReconnectBackoff(timings.MinReconnectDelay, timings.MaxReconnectDelay, Random.Shared);
        while (true)
        {
            try
            {
                return await Api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or (SlackApiException { IsUnrecoverable: false }))
            {
                var delay = backoff.NextDelay();
                LogAuthFailed(exception.Message, delay);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack: connected as {UserId}, {Mode} mode")]
    private partial void LogIdentity(string userId, SlackMode mode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: auth.test failed ({Reason}); next try in {Delay}")]
    private partial void LogAuthFailed(string reason, TimeSpan delay);
}
