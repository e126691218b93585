using System.Text;

namespace ServiceDesk.Bot.Tests;

/// <summary>A technician declared for the terminal chat (<c>Technicians:N:Console</c>) uses <c>/kb</c> and <c>/problem</c> there.</summary>
public sealed class ConsoleTechnicianTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "console-tech-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Console_TechnicianCommands_AnsweredInTheTerminal()
    {
        var output = new SynchronisedWriter();
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

    /// <summary>The terminal's output, readable while the bot writes to it.</summary>
    private sealed class SynchronisedWriter : StringWriter
    {
        private readonly Lock _lock = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_lock)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_lock)
            {
                base.Write(value);
            }
        }

        public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                base.Write(buffer.Span);
                base.Write('\n');
            }

            return Task.CompletedTask;
        }

        public async Task<string> WaitForAsync(string fragment, TimeSpan timeout)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                string text;
                lock (_lock)
                {
                    text = ToString();
                }

                if (text.Contains(fragment, StringComparison.Ordinal) || waited.Elapsed > timeout)
                {
                    return text;
                }

                await Task.Delay(100);
            }
        }
    }
}
