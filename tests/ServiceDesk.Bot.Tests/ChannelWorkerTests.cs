using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests;

/// <summary>The channel worker through the real host, on the terminal chat.</summary>
public sealed class ChannelWorkerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("channel-worker-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Piped input (<c>echo statut | bot</c>) or Ctrl-D: once the last line is answered the bot stops by itself.
    /// It used to wait forever for its periodic desk check, which only ended when the host stopped.
    /// </summary>
    [Fact]
    public async Task ExecuteAsync_InputEnds_AnswersAndStopsTheBot()
    {
        var terminal = new StringWriter();
        using var logs = new CollectingLoggerProvider();
        using var host = BotHost.Build(
            ["--Console:Enabled=true", "--Console:User=alice", $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}"],
            new StringReader("statut\n"), terminal, [logs]) ?? throw new InvalidOperationException("No channel.");

        // A hang guard only: the bot stops within a second or two.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await host.RunAsync(limit.Token);

        Assert.False(limit.IsCancellationRequested, "The bot did not stop when its input ended.\n" + logs.Dump());
        Assert.Contains("aucune demande", terminal.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, logs.Count(LogLevel.Information, "Channel console has no more messages; stopping"));
    }
}
