using System.Text;
using Microsoft.Extensions.Hosting;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The same hostile corpus through the terminal chat, plus what only a terminal can carry: invalid UTF-8,
/// control characters and escape sequences, a 10 MB line, empty lines. The bot answers each, cuts the huge
/// line and says so, and ends normally when the input ends.
/// </summary>
public sealed class HostileInputConsoleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("console-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Corpus_ThroughTheConsole_IsAnsweredAndTheBotEndsNormally()
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
        using var input = new StreamReader(bytes, new UTF8Encoding(false, throwOnInvalidBytes: false));
        var output = new StringWriter();

        using var host = BotHost.Build(
            ["--Console:Enabled=true", "--Console:User=mallory", $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0"],
            input, output) ?? throw new InvalidOperationException("No channel.");
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await host.RunAsync(limit.Token);

        var said = output.ToString();
        Assert.False(limit.IsCancellationRequested, "The bot did not end when its input ended. It said:\n" + said);
        Assert.Contains("4000", said, StringComparison.Ordinal);
        Assert.Contains("aucune demande", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
    }
}
