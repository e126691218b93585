using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Adapters.Slack.Events;

/// <summary>
/// The HTTP endpoint Slack posts to in events mode: Kestrel on <c>Slack:EventsUrl</c>, POST on its path only.
/// The timestamp is checked from the headers before the body is read (a stale or missing one is a 401 at once),
/// bodies are capped at 1 MiB, and the rest is <see cref="EventsRequestHandler"/>'s.
/// </summary>
internal sealed partial class SlackEventsEndpoint : IAsyncDisposable
{
    private const int MaxBodyBytes = 1024 * 1024;

    private readonly WebApplication app;
    private readonly SlackRequestVerifier verifier;
    private readonly EventsRequestHandler handler;
    private readonly ILogger logger;
    private readonly string path;

    private SlackEventsEndpoint(WebApplication app, string path, SlackRequestVerifier verifier, EventsRequestHandler handler, ILogger logger)
    {
        this.app = app;
        this.path = path;
        this.verifier = verifier;
        this.handler = handler;
        this.logger = logger;
    }

    /// <summary>The address actually listened on, path included (the port is known here when 0 was asked).</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public static async Task<SlackEventsEndpoint> StartAsync(Uri listenUrl, SlackRequestVerifier verifier, EventsRequestHandler handler, ILogger logger, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        builder.WebHost.UseUrls($"{listenUrl.Scheme}://{listenUrl.Host}:{listenUrl.Port}");
        var app = builder.Build();
        var endpoint = new SlackEventsEndpoint(app, listenUrl.AbsolutePath, verifier, handler, logger);
        app.Run(endpoint.ServeAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = new Uri(app.Urls.First());
        endpoint.Url = new UriBuilder(bound) { Path = listenUrl.AbsolutePath }.Uri;
        endpoint.LogListening(endpoint.Url);
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !string.Equals(request.Path.Value, path, StringComparison.Ordinal))
        {
            await WriteAsync(context, new EventsResponse(404, "not found")).ConfigureAwait(false);
            return;
        }

        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "?";
        var timestamp = request.Headers["X-Slack-Request-Timestamp"].ToString();
        if (verifier.CheckTimestamp(timestamp) is var verdict && verdict != TimestampVerdict.Fresh)
        {
            LogRefusedTimestamp(remote, verdict);
            await WriteAsync(context, new EventsResponse(401, "invalid request")).ConfigureAwait(false);
            return;
        }

        if (await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false) is not { } body)
        {
            await WriteAsync(context, new EventsResponse(413, "request too large")).ConfigureAwait(false);
            return;
        }

        var events = new EventsRequest(
            timestamp, request.Headers["X-Slack-Signature"].FirstOrDefault(), request.ContentType, body,
            request.Headers["X-Slack-Retry-Num"].FirstOrDefault(), request.Headers["X-Slack-Retry-Reason"].FirstOrDefault(), remote);
        await WriteAsync(context, await handler.HandleAsync(events, context.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, EventsResponse response)
    {
        context.Response.StatusCode = response.Status;
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack events: listening on {Url}")]
    private partial void LogListening(Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack events: refused a request from {Remote}: timestamp {Verdict} (replays older or newer than 5 minutes are refused)")]
    private partial void LogRefusedTimestamp(string remote, TimestampVerdict verdict);
}
