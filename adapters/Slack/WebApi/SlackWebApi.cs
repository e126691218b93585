using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>
/// The Web API's transport: one POST per call with the token in the <c>Authorization</c> header (never in the
/// body or query), Slack's <c>{"ok":…}</c> envelope read, <c>ok:false</c> logged with the method and error and
/// thrown as <see cref="SlackApiException"/>. HTTP 429 waits for <c>Retry-After</c>; 5xx and network failures are
/// retried with a jittered exponential backoff (Polly), both on the injected clock.
/// </summary>
internal sealed partial class SlackWebApi
{
    private const int MaxAttempts = 8;
    private static readonly MediaTypeHeaderValue JsonType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly HttpClient http;
    private readonly Uri baseUrl;
    private readonly ILogger logger;
    private readonly ResiliencePipeline<HttpResponseMessage> retry;

    public SlackWebApi(HttpClient http, Uri baseUrl, SlackTimings timings, TimeProvider timeProvider, ILogger logger)
    {
        this.http = http;
        this.baseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        this.logger = logger;
        retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(RetryOptions(timings))
            .Build();
    }

    public Task<JsonElement> CallJsonAsync(string method, string token, JsonObject arguments, CancellationToken cancellationToken) =>
        CallAsync(method, token, () => new StringContent(arguments.ToJsonString(), Encoding.UTF8, JsonType), cancellationToken);

    public Task<JsonElement> CallFormAsync(string method, string token, IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken) =>
        CallAsync(method, token, () => new FormUrlEncodedContent(arguments), cancellationToken);

    /// <summary>POSTs a message to an interaction's <c>response_url</c> (no token: the URL is the credential).</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(responseUrl, null, () => new StringContent(message.ToJsonString(), Encoding.UTF8, JsonType), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            LogFailed("response_url", $"HTTP {(int)response.StatusCode}");
            throw new SlackApiException("response_url", $"http_{(int)response.StatusCode}");
        }
    }

    private async Task<JsonElement> CallAsync(string method, string token, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new Uri(baseUrl, method), token, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            LogFailed(method, $"HTTP {(int)response.StatusCode} without Slack's JSON answer");
            throw new SlackApiException(method, response.IsSuccessStatusCode ? "invalid_response" : $"http_{(int)response.StatusCode}");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "unknown_error";
            LogFailed(method, error);
            throw new SlackApiException(method, error);
        }

        return root;
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, string? token, Func<HttpContent> content, CancellationToken cancellationToken) =>
        await retry.ExecuteAsync(
            async attempt =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

    private RetryStrategyOptions<HttpResponseMessage> RetryOptions(SlackTimings timings) => new()
    {
        MaxRetryAttempts = MaxAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = timings.ServerErrorRetryDelay,
        MaxDelay = TimeSpan.FromMinutes(1),
        ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TaskCanceledException>(e => e.InnerException is TimeoutException)
            .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
        DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited
            ? RetryAfter(limited)
            : (TimeSpan?)null),
        OnRetry = args =>
        {
            var url = args.Outcome.Result?.RequestMessage?.RequestUri?.AbsolutePath ?? "";
            if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
            {
                LogRateLimited(url, args.RetryDelay);
            }
            else
            {
                LogRetrying(url, args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "?", args.AttemptNumber + 1, args.RetryDelay);
            }

            return ValueTask.CompletedTask;
        },
    };

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta && delta >= TimeSpan.Zero ? delta : TimeSpan.FromSeconds(1);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error}")]
    private partial void LogFailed(string method, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack rate-limited {Url} (HTTP 429): waiting {Delay} as Retry-After asks")]
    private partial void LogRateLimited(string url, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Url} failed ({Failure}); attempt {Attempt} in {Delay}")]
    private partial void LogRetrying(string url, string failure, int attempt, TimeSpan delay);
}
