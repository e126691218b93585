using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// The real bot host on Slack only, against the fake Slack, on a LiteDB file that outlives a restart: people write to it
/// in direct messages, technicians in <see cref="TechChannel"/>, its threads and <c>/desk</c>, and the test reads what
/// the bot posted, updated and answered privately.
/// </summary>
internal sealed class SlackDesk : IAsyncDisposable
{
    public const string TechChannel = "C0TECH";
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("slack-desk-").FullName;
    private readonly string[] _extra;
    private IHost? _host;

    private SlackDesk(FakeSlack slack, string[] extra) => (Slack, _extra) = (slack, extra);

    public FakeSlack Slack { get; }

    public CollectingLoggerProvider Logs { get; private set; } = new();

    public string StoragePath => Path.Combine(_folder, "servicedesk.db");

    /// <summary>The arguments the bot runs with (the fake's URLs, the store, the technicians given).</summary>
    public IReadOnlyList<string> Arguments =>
    [
        $"--Storage:Path={StoragePath}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0", "--Console:Enabled=false", "--Dashboard:Urls=",
        $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}", $"--Slack:ApiUrl={Slack.ApiUrl}",
        $"--Slack:TechnicianChannel={TechChannel}", .. _extra,
    ];

    /// <summary>Starts the fake Slack with <paramref name="users"/> and the bot with <paramref name="extra"/> arguments (technicians…).</summary>
    public static async Task<SlackDesk> StartAsync(IEnumerable<FakeSlackUser> users, params string[] extra)
    {
        var slack = await FakeSlack.StartAsync();
        foreach (var user in users)
        {
            slack.AddUser(user);
        }

        var desk = new SlackDesk(slack, extra);
        await desk.StartBotAsync(socketMode: !extra.Contains("--Slack:Mode=events"));
        return desk;
    }

    /// <summary>Starts the bot (again) on the same store; in Socket Mode, waits for its connection.</summary>
    public async Task StartBotAsync(bool socketMode = true)
    {
        Logs = new CollectingLoggerProvider();
        var opened = Slack.Sockets.Count;
        _host = BotHost.Build([.. Arguments], TextReader.Null, TextWriter.Null, [Logs]) ?? throw new InvalidOperationException("No channel.");
        await _host.StartAsync();
        if (socketMode)
        {
            await ConnectedAsync(opened);
        }
    }

    /// <summary>Waits until the bot opened a Socket Mode connection after the first <paramref name="opened"/> ones, and only that one is open.</summary>
    public async Task ConnectedAsync(int opened)
    {
        try
        {
            await FakeSlack.EventuallyAsync(() => Slack.Sockets.Count > opened && Slack.OpenSockets.Count == 1 && Slack.Sockets[^1].IsOpen, "the bot's Socket Mode connection", Wait);
        }
        catch (TimeoutException error)
        {
            throw new InvalidOperationException(
                $"Sockets: {string.Join(", ", Slack.Sockets.Select(s => $"{s.Number}:{(s.IsOpen ? "open" : "closed")}"))}\n{Logs.Dump()}", error);
        }
    }

    /// <summary>Stops the bot as a service manager would (its store closed), leaving the fake Slack running.</summary>
    public async Task StopBotAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await host.StopAsync(limit.Token);
            host.Dispose();
        }
    }

    /// <summary>A person's direct message to the app (<c>D</c> + their id without its <c>U</c>).</summary>
    public Task SayAsync(string user, string text) => Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(user, Dm(user), text)));

    /// <summary>A line in the technicians' channel, in a thread when <paramref name="threadTs"/> is given.</summary>
    public Task InChannelAsync(string user, string text, string? threadTs = null) =>
        Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(user, TechChannel, text, "channel", threadTs: threadTs)));

    /// <summary><c>/desk text</c> typed by <paramref name="user"/>; the ephemeral answers arrive at <see cref="Slack"/>'s response URL <paramref name="id"/>.</summary>
    public Task DeskCommandAsync(string user, string text, string id) =>
        Slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(user, TechChannel, "/desk", text, Slack.ResponseUrl(id).ToString())));

    public Task ClickAsync(string user, FakeSlackMessage message, string actionId) =>
        Slack.SendEnvelopeAsync(InteractiveEnvelope(ClickOn(user, message, actionId)));

    public static string Dm(string user) => "D" + user[1..];

    /// <summary>The <paramref name="skip"/>-th message the bot posted (or updated) that matches, once it is there.</summary>
    public async Task<FakeSlackMessage> ExpectAsync(Func<FakeSlackMessage, bool> wanted, int skip = 0)
    {
        FakeSlackMessage? found = null;
        await EventuallyAsync(() => (found = Slack.Messages.Where(wanted).Skip(skip).FirstOrDefault()) is not null, "a message");
        return found!;
    }

    /// <summary>A message in <paramref name="user"/>'s DM containing <paramref name="fragment"/>.</summary>
    public Task<FakeSlackMessage> ExpectDmAsync(string user, string fragment) =>
        ExpectAsync(m => m.Channel == Dm(user) && m.Text.Contains(fragment, StringComparison.Ordinal));

    /// <summary>A <c>chat.postEphemeral</c> to <paramref name="user"/> containing <paramref name="fragment"/> (its arguments).</summary>
    public async Task<JsonObject> ExpectEphemeralAsync(string user, string fragment)
    {
        JsonObject? found = null;
        await EventuallyAsync(
            () => (found = Slack.CallsTo("chat.postEphemeral").Where(c => c.Status == 200).Select(c => c.Arguments)
                .FirstOrDefault(a => (string?)a["user"] == user && ((string?)a["text"] ?? "").Contains(fragment, StringComparison.Ordinal))) is not null,
            "an ephemeral message");
        return found!;
    }

    /// <summary>The ephemeral answer to the <c>/desk</c> command whose response URL was <paramref name="id"/>.</summary>
    public async Task<string> ExpectResponseAsync(string id, string fragment)
    {
        string? found = null;
        await EventuallyAsync(
            () => (found = Slack.ResponseUrlPosts.Where(p => p.Id == id && (string?)p.Body["response_type"] == "ephemeral")
                .Select(p => (string?)p.Body["text"] ?? "").FirstOrDefault(t => t.Contains(fragment, StringComparison.Ordinal))) is not null,
            "a /desk answer");
        return found!;
    }

    /// <summary>Everything the bot posted in a channel, as "[channel thread] text" lines, and its log: for failure messages.</summary>
    public string Transcript() =>
        string.Join("\n---\n", Slack.Messages.Select(m => $"[{m.Channel} {m.ThreadTs}] {m.Text}"))
        + "\n=== ephemeral ===\n" + string.Join("\n", Slack.CallsTo("chat.postEphemeral").Select(c => $"[{c.Argument("user")}] {c.Argument("text")}"))
        + "\n=== /desk ===\n" + string.Join("\n", Slack.ResponseUrlPosts.Select(p => $"[{p.Id}] {p.Body["text"]}"))
        + "\n=== log ===\n" + Logs.Dump();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopBotAsync();
        }
        finally
        {
            await Slack.DisposeAsync();
            Logs.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (<see cref="Wait"/> at most unless <paramref name="wait"/> says); if not, fails with the transcript.</summary>
    public async Task EventuallyAsync(Func<bool> condition, string what, TimeSpan? wait = null)
    {
        try
        {
            await FakeSlack.EventuallyAsync(condition, what, wait ?? Wait);
        }
        catch (TimeoutException error)
        {
            throw new InvalidOperationException($"No {what}. The bot posted:\n{Transcript()}", error);
        }
    }
}
