using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests;

/// <summary>A technician declared for the terminal chat (<c>Technicians:N:Console</c>) uses <c>/kb</c> and <c>/problem</c> there.</summary>
public sealed class ConsoleTechnicianTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "console-tech-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Console_TechnicianCommands_AnsweredInTheTerminal()
    {
        var output = new TerminalOutput();
        var input = new StringReader(string.Join('\n',
            "/new alice Outlook refuse mon mot de passe", "/problem open 1 Outlook refuse les mots de passe", "/problem cause P9 x",
            "/kb search papier coincé dans l'imprimante", "/kb show kb-nope", "/kb link 1") + "\n");
        using var host = BotHost.Build(
            ["--Console:Enabled=true", "--Console:User=theo", "--Technicians:0:Name=Théo Tech", "--Technicians:0:Console=theo",
             $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}"], input, output)!;

        await host.StartAsync();
        var said = await output.WaitForAsync("Usage : /kb search texte", TimeSpan.FromSeconds(30));
        await host.StopAsync();

        Assert.Contains("Problème P1 ouvert : « Outlook refuse les mots de passe » (#1).", said, StringComparison.Ordinal);
        Assert.Contains("Aucun problème P9.", said, StringComparison.Ordinal);
        Assert.Contains("Articles pour « papier coincé dans l'imprimante » :", said, StringComparison.Ordinal);
        Assert.Contains("Aucun article kb-nope.", said, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
