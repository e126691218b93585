using Microsoft.Extensions.Hosting;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests;

/// <summary>The terminal chat piped into (<c>echo statut | dotnet run --project bot</c>): the bot answers, then stops by itself.</summary>
public sealed class ConsoleInputEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("console-end-").FullName;

    [Fact]
    public async Task Console_InputEnds_AnswersThenStops()
    {
        var output = new TerminalOutput();
        using var host = BotHost.Build(
            ["--Console:Enabled=true", "--Console:User=alice", $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0"],
            new StringReader("statut\n"), output) ?? throw new InvalidOperationException("No channel.");
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await host.RunAsync(limit.Token);

        Assert.False(limit.IsCancellationRequested, "The bot did not stop when its input ended. It said:\n" + output.Text);
        Assert.Contains("Vous n'avez aucune demande en cours", output.Text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
