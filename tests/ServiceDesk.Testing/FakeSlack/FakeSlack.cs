using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>
/// A stand-in for Slack's servers on 127.0.0.1, speaking the documented wire format over real sockets: the Web API
/// under <c>/api/</c>, Socket Mode WebSockets under <c>/link/</c> (single-use tickets from
/// <c>apps.connections.open</c>, <c>hello</c> first), <c>response_url</c>s under <c>/response/</c>, and a helper
/// that posts signed requests to an events endpoint. It records every call and acknowledgement, and can answer
/// 429 or 500, drop sockets, announce a disconnect, redeliver what was not acknowledged, or deliver twice.
/// </summary>
public sealed partial class FakeSlack : IAsyncDisposable
{
    public const string BotToken = "xoxb-1-fake-bot-token";
    public const string AppToken = "xapp-1-A111-fake-app-token";
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotUserId = "UBOT";
    public const string BotId = "BBOT";

    private readonly Lock gate = new();
    private readonly List<FakeSlackApiCall> calls = [];
    private readonly List<FakeSlackFault> faults = [];
    private readonly Dictionary<string, FakeSlackUser> users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> tickets = new(StringComparer.Ordinal);
    private readonly AsyncLocal<string?> callingInstance = new();
    private readonly List<FakeSlackSocket> sockets = [];
    private readonly List<FakeSlackAck> acks = [];
    private readonly Dictionary<string, JsonObject> unacknowledged = new(StringComparer.Ordinal);
    private readonly List<(string Id, JsonObject Body)> responses = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly FakeSlackWebApi api;
    private WebApplication? app;

    private FakeSlack() => api = new FakeSlackWebApi(this);

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What <c>Slack:ApiUrl</c> should be to use this fake.</summary>
    public Uri ApiUrl => new(BaseUrl, "api/");

    /// <summary>
    /// <c>Slack:ApiUrl</c> for one of several bot instances: the same Slack, but each call (<see cref="FakeSlackApiCall.Instance"/>)
    /// and each Socket Mode connection it opens (<see cref="FakeSlackSocket.Instance"/>) says which instance it came from.
    /// </summary>
    public Uri ApiUrlFor(string instance) => new(BaseUrl, $"i/{Uri.EscapeDataString(instance)}/api/");

    /// <summary>Host and port put in Socket Mode URLs instead of the fake's own (a <see cref="TcpRelay"/> in front of it, to stall or cut the link).</summary>
    public string? SocketAuthority { get; set; }

    public IReadOnlyList<FakeSlackApiCall> Calls => Locked(() => calls.ToList());

    public IReadOnlyList<FakeSlackMessage> Messages => api.Messages;

    public IReadOnlyList<FakeSlackAck> Acks => Locked(() => acks.ToList());

    public IReadOnlyList<FakeSlackSocket> Sockets => Locked(() => sockets.ToList());

    public IReadOnlyList<(string Id, JsonObject Body)> ResponseUrlPosts => Locked(() => responses.ToList());

    public static async Task<FakeSlack> StartAsync()
    {
        var slack = new FakeSlack();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(5) });
        app.Run(slack.ServeAsync);
        await app.StartAsync().ConfigureAwait(false);
        slack.app = app;
        slack.BaseUrl = new Uri(app.Urls.First() + "/");
        return slack;
    }

    public void AddUser(FakeSlackUser user) => Locked(() => users[user.Id] = user);

    public FakeSlackUser? User(string id) => Locked(() => users.GetValueOrDefault(id));

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> get this HTTP status (429 with <c>Retry-After</c>).</summary>
    public void FailNext(string method, int status, int times = 1, TimeSpan? retryAfter = null) =>
        Locked(() => { faults.Add(new FakeSlackFault(method, status, retryAfter) { Remaining = times }); return 0; });

    /// <summary>Forgets the faults not yet served: Slack answers normally again.</summary>
    public void ClearFaults() => Locked(() => { faults.Clear(); return 0; });

    public IReadOnlyList<FakeSlackApiCall> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    public Uri ResponseUrl(string id) => new(BaseUrl, "response/" + id);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        foreach (var socket in Sockets)
        {
            socket.Drop();
        }

        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    internal Uri NewSocketUrl()
    {
        var ticket = Guid.NewGuid().ToString();
        var instance = callingInstance.Value;
        Locked(() => tickets[ticket] = instance);
        return new Uri($"ws://{SocketAuthority ?? BaseUrl.Authority}/link/?ticket={ticket}&app_id=A111");
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/i/", StringComparison.Ordinal) && path.IndexOf('/', 3) is > 3 and var end)
        {
            callingInstance.Value = Uri.UnescapeDataString(path[3..end]);
            path = path[end..];
        }

        if (path.StartsWith("/api/", StringComparison.Ordinal) && HttpMethods.IsPost(context.Request.Method))
        {
            await ServeApiAsync(context, path["/api/".Length..]).ConfigureAwait(false);
        }
        else if (path == "/link/" && context.WebSockets.IsWebSocketRequest)
        {
            await ServeSocketAsync(context).ConfigureAwait(false);
        }
        else if (path.StartsWith("/response/", StringComparison.Ordinal) && HttpMethods.IsPost(context.Request.Method))
        {
            var body = await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);
            Locked(() => { responses.Add((path["/response/".Length..], body!.AsObject())); return 0; });
            context.Response.StatusCode = 200;
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    private async Task ServeApiAsync(HttpContext context, string method)
    {
        var args = await ReadArgumentsAsync(context.Request).ConfigureAwait(false);
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
        var fault = TakeFault(method);
        var status = fault?.Status ?? 200;
        var instance = callingInstance.Value;
        Locked(() => { calls.Add(new FakeSlackApiCall(method, token, args, context.Request.ContentType ?? "", status, TimeProvider.System.GetUtcNow()) { Instance = instance }); return 0; });
        context.Response.StatusCode = status;
        if (fault is not null)
        {
            if (fault.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync(status == 429 ? """{"ok":false,"error":"ratelimited"}""" : "<html>Internal Server Error</html>").ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(api.Answer(method, token, args).ToJsonString()).ConfigureAwait(false);
    }

    private static async Task<JsonObject> ReadArgumentsAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return JsonNode.Parse(body) as JsonObject ?? [];
        }

        var args = new JsonObject();
        foreach (var (key, value) in QueryHelpers.ParseQuery(body))
        {
            args[key] = value.ToString();
        }

        return args;
    }

    private FakeSlackFault? TakeFault(string method) => Locked(() =>
    {
        var fault = faults.FirstOrDefault(f => f.Method == method && f.Remaining > 0);
        if (fault is not null && --fault.Remaining == 0)
        {
            faults.Remove(fault);
        }

        return fault;
    });

    private T Locked<T>(Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }
}
