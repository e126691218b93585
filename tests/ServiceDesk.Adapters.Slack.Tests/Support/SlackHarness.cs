using ServiceDesk.Adapters.Slack.Events;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.SocketMode;
using ServiceDesk.Adapters.Slack.WebApi;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Slack.Tests.Support;

/// <summary>A fake Slack on loopback and the adapter's layers wired to it, with a recording keeper and collected logs.</summary>
internal sealed class SlackHarness : IAsyncDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource stop = new();
    private readonly List<IAsyncDisposable> owned = [];

    private SlackHarness(FakeSlack slack, ITestOutputHelper output, SlackTimings timings, TimeProvider timeProvider)
    {
        Slack = slack;
        Logs = new CollectingLoggerFactory(output.WriteLine);
        Timings = timings;
        Options = new SlackOptions { BotToken = FakeSlack.BotToken, AppToken = FakeSlack.AppToken, SigningSecret = FakeSlack.SigningSecret, ApiUrl = slack.ApiUrl.ToString() };
        WebApi = new SlackWebApi(http, slack.ApiUrl, timings, timeProvider, Logs.CreateLogger("SlackWebApi"));
        Api = new SlackApiClient(WebApi, Options, new ChannelPacer(timings.PostInterval, timeProvider));
        Deduplicator = new DeliveryDeduplicator(timeProvider, timings.DuplicateWindow);
        Reception = new InboundReception(Deduplicator, Keeper.KeepAsync, timeProvider, timings, Logs.CreateLogger("InboundReception"));
        TimeProvider = timeProvider;
    }

    public static SlackIdentity Self { get; } = new(FakeSlack.BotUserId, FakeSlack.BotId, "T111");

    public FakeSlack Slack { get; }

    public CollectingLoggerFactory Logs { get; }

    public SlackTimings Timings { get; }

    public SlackOptions Options { get; }

    public SlackWebApi WebApi { get; }

    public SlackApiClient Api { get; }

    public DeliveryDeduplicator Deduplicator { get; }

    public InboundReception Reception { get; }

    public RecordingKeeper Keeper { get; } = new();

    public TimeProvider TimeProvider { get; }

    public Task? Running { get; private set; }

    public SocketModeClient? SocketClient { get; private set; }

    public static async Task<SlackHarness> StartAsync(ITestOutputHelper output, SlackTimings? timings = null, TimeProvider? timeProvider = null) =>
        new(await FakeSlack.StartAsync(), output, timings ?? TestTimings.Fast, timeProvider ?? TimeProvider.System);

    /// <summary>Starts the Socket Mode client in the background and waits for its first connection.</summary>
    public async Task<SocketModeClient> RunSocketModeAsync()
    {
        SocketClient = new SocketModeClient(Api, Reception, Timings, TimeProvider, Logs.CreateLogger("SocketModeClient"), new Random(12));
        Running = SocketClient.RunAsync(Self, stop.Token);
        await FakeSlack.EventuallyAsync(() => Slack.OpenSockets.Count == 1 || Running.IsCompleted, "the first Socket Mode connection");
        return SocketClient;
    }

    public async Task<SlackEventsEndpoint> StartEventsEndpointAsync(TimeProvider? clock = null)
    {
        var verifier = new SlackRequestVerifier(FakeSlack.SigningSecret, clock ?? TimeProvider, Timings.SignatureWindow);
        var handler = new EventsRequestHandler(verifier, Reception, Self, Logs.CreateLogger("EventsRequestHandler"));
        var endpoint = await SlackEventsEndpoint.StartAsync(new Uri("http://127.0.0.1:0/slack/events"), verifier, handler, Logs.CreateLogger("SlackEventsEndpoint"), CancellationToken.None);
        owned.Add(endpoint);
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (Running is not null)
        {
            try
            {
                await Running.WaitAsync(TimeSpan.FromSeconds(20));
            }
            catch (SocketModeRefusedException)
            {
            }
            catch (SlackApiException)
            {
            }
        }

        foreach (var disposable in owned)
        {
            await disposable.DisposeAsync();
        }

        await Slack.DisposeAsync();
        http.Dispose();
        stop.Dispose();
    }
}
