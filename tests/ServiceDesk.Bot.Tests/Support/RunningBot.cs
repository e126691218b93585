using Microsoft.Extensions.Hosting;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>The real bot host (configuration, workers, XMPP channel, LiteDB file), started in this process against the test Prosody.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly IHost _host;

    private RunningBot(IHost host, string storagePath, CollectingLoggerProvider logs)
    {
        _host = host;
        StoragePath = storagePath;
        Logs = logs;
    }

    public string StoragePath { get; }

    /// <summary>Everything the bot logged so far.</summary>
    public CollectingLoggerProvider Logs { get; }

    public static Task<RunningBot> StartAsync(ProsodyServer server, string user, string password, params string[] extraArgs) =>
        StartAsync(server, server.Port, user, password, extraArgs);

    /// <summary>Starts the bot connecting to <paramref name="port"/> (a relay in front of the server, for instance).</summary>
    public static async Task<RunningBot> StartAsync(ProsodyServer server, int port, string user, string password, params string[] extraArgs)
    {
        var storage = Path.Combine(server.Directory, "bot-" + Guid.NewGuid().ToString("N")[..8], "servicedesk.db");
        string[] args = [.. XmppArguments(server, port, user, password), $"--Storage:Path={storage}", "--Console:Enabled=false", "--Dashboard:Urls=", .. extraArgs];
        var logs = new CollectingLoggerProvider();
        var host = BotHost.Build(args, TextReader.Null, TextWriter.Null, [logs]) ?? throw new InvalidOperationException("The bot found no channel to run.");
        await host.StartAsync();
        return new RunningBot(host, storage, logs);
    }

    /// <summary>The arguments that put the bot on <paramref name="server"/> as <paramref name="user"/>, through <paramref name="port"/>.</summary>
    public static string[] XmppArguments(ProsodyServer server, int port, string user, string password) =>
    [
        $"--Xmpp:Jid={server.Jid(user)}", $"--Xmpp:Password={password}", $"--Xmpp:Host={server.Host}",
        $"--Xmpp:Port={port}", $"--Xmpp:TrustedCertificate={server.CertificatePath}",
    ];

    /// <summary>
    /// Stops the bot, then the server, even when stopping the bot fails or it never started (a failed test must not
    /// leave Prosody running): the end of every test class that runs both.
    /// </summary>
    public static async Task StopAsync(RunningBot? bot, ProsodyServer? server)
    {
        try
        {
            if (bot is not null)
            {
                await bot.DisposeAsync();
            }
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(limit.Token);
        _host.Dispose();
    }
}
