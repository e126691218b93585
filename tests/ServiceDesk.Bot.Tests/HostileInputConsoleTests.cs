using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Bot.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The same hostile corpus through the terminal chat, plus what only a terminal can carry: invalid UTF-8,
/// control characters and escape sequences, a 10 MB line, empty lines. The bot answers each, cuts the huge
/// line and says so, ends normally when the input ends, and its logs say what happened.
/// </summary>
public sealed class HostileInputConsoleTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("console-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Corpus_ThroughTheConsole_IsAnsweredLoggedAndTheBotEndsNormally()
    {
        using var input = new StreamReader(HostileBytes(), new UTF8Encoding(false, throwOnInvalidBytes: false));
        var terminal = new StringWriter();
        using var logs = new CollectingLoggerProvider();
        using var host = BotHost.Build(
            ["--Console:Enabled=true", "--Console:User=mallory", $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0"],
            input, terminal, [logs]) ?? throw new InvalidOperationException("No channel.");

        // A hang guard only: the run takes seconds.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var run = Stopwatch.StartNew();
        await host.RunAsync(limit.Token);
        output.WriteLine($"Ran in {run.Elapsed.TotalSeconds:0.0} s; {logs.Entries.Count} log entries.");

        var said = terminal.ToString();
        Assert.False(limit.IsCancellationRequested, "The bot did not end when its input ended. It said:\n" + said);
        Assert.Contains("4000", said, StringComparison.Ordinal);
        // The last "statut" is answered in French. Answers that never fit a question the request cannot do without
        // (impact, urgency) hand it to a technician after the third (issue 13, never stuck): then it lists that request.
        Assert.True(said.Contains("aucune demande", StringComparison.Ordinal) || said.Contains("Votre demande :\n", StringComparison.Ordinal), said[^Math.Min(2000, said.Length)..]);
        Assert.Contains("réservée aux techniciens", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
        AssertLogsSayWhatHappened(logs);
    }

    private static void AssertLogsSayWhatHappened(CollectingLoggerProvider logs)
    {
        var dump = logs.Dump();
        Assert.True(logs.Count(LogLevel.Warning, "A message of 10485760 characters from console:mallory was cut") == 1, dump);
        foreach (var command in new[] { "/resolve", "/close", "/assign" })
        {
            Assert.True(logs.Count(LogLevel.Warning, $"Refused technician command {command} from console:mallory") == 1, command + "\n" + dump);
        }

        Assert.True(logs.Count(LogLevel.Information, "Channel console has no more messages; stopping") == 1, dump);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(new string('é', 100), StringComparison.Ordinal));
    }

    private static MemoryStream HostileBytes()
    {
        var bytes = new MemoryStream();
        void Line(string text) => bytes.Write(Encoding.UTF8.GetBytes(text + "\n"));
        foreach (var text in HostileInputCorpus.Texts)
        {
            Line(text);
        }

        bytes.Write([0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, (byte)'\n']);
        Line("bonjour\u0000\u0007\u001b[31mrouge\u001b[0m\u0008\u0008");
        Line("");
        Line("   ");
        Line(new string('é', 10 * 1024 * 1024));
        Line("annuler");
        Line("statut");
        bytes.Position = 0;
        return bytes;
    }
}
