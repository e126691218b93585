using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// The built bot (<c>dotnet ServiceDesk.Bot.dll</c>, copied next to the tests) as a separate OS process, so a
/// test can kill it with SIGKILL like a crash and start it again on the same LiteDB file. Stopped by its PID.
/// </summary>
internal sealed class BotOsProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _online = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _log = [];

    private BotOsProcess(Process process) => _process = process;

    /// <summary>Everything the bot logged so far.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Completes once the bot is online on XMPP (a standby on a shared store is not, until it takes over).</summary>
    public Task Online => _online.Task;

    /// <summary>The bot's PID.</summary>
    public int Id => _process.Id;

    public static async Task<BotOsProcess> StartAsync(ProsodyServer server, string user, string password, string storagePath, params string[] extraArgs)
    {
        var bot = Launch(server, user, password, storagePath, new Dictionary<string, string>(), extraArgs);
        try
        {
            await bot._online.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await bot.DisposeAsync();
            throw new TimeoutException("The bot did not come online. Log:\n" + string.Join('\n', bot.Log));
        }

        return bot;
    }

    /// <summary>Starts the bot without waiting for it to come online, with extra environment variables (a connection string).</summary>
    public static BotOsProcess Launch(ProsodyServer server, string user, string password, string storagePath, IReadOnlyDictionary<string, string> environment, params string[] extraArgs) =>
        Launch(environment,
        [
            $"--Xmpp:Jid={server.Jid(user)}", $"--Xmpp:Password={password}", $"--Xmpp:Host={server.Host}",
            string.Create(CultureInfo.InvariantCulture, $"--Xmpp:Port={server.Port}"), $"--Xmpp:TrustedCertificate={server.CertificatePath}",
            $"--Storage:Path={storagePath}", "--Console:Enabled=false", .. extraArgs,
        ]);

    /// <summary>Starts the bot with exactly these arguments (a bot on Slack only, for instance), without waiting for it.</summary>
    public static BotOsProcess Launch(IReadOnlyDictionary<string, string> environment, IEnumerable<string> botArgs)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // The bot runs with this test project's runtime configuration and dependencies: the test support references
        // the ASP.NET framework (the fake Slack's Kestrel), so the hosting libraries the bot needs come from that
        // framework here instead of being copied next to the tests, and the bot's own runtime configuration lacks it.
        var tests = Path.Combine(AppContext.BaseDirectory, "ServiceDesk.Bot.Tests");
        string[] args =
        [
            "exec", "--runtimeconfig", tests + ".runtimeconfig.json", "--depsfile", tests + ".deps.json",
            Path.Combine(AppContext.BaseDirectory, "ServiceDesk.Bot.dll"), .. botArgs,
        ];
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        var bot = new BotOsProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot."));
        bot._process.OutputDataReceived += (_, e) => bot.Read(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Read(e.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGTERM, as a service manager stops the bot: it finishes its turns and closes the store.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (SendSignal(_process.Id, Sigterm) != 0)
        {
            throw new InvalidOperationException($"Could not send SIGTERM to the bot (PID {_process.Id}).");
        }

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            // Say what the bot was doing: a stop that hangs is a defect to find, not a test to retry.
            throw new TimeoutException(
                $"The bot (PID {_process.Id}) did not stop within {timeout.TotalSeconds:0} s of SIGTERM. Its last lines:\n"
                + string.Join("\n", Log.TakeLast(40)));
        }
    }

    private const int Sigterm = 15;
    private const int Sigstop = 19;
    private const int Sigcont = 18;

    /// <summary>SIGSTOP: the process is frozen where it is (a suspended VM, a long pause), its sockets left open.</summary>
    public void Freeze()
    {
        if (SendSignal(_process.Id, Sigstop) != 0)
        {
            throw new InvalidOperationException($"Could not send SIGSTOP to the bot (PID {_process.Id}).");
        }
    }

    /// <summary>SIGCONT: a frozen process runs again from where it was.</summary>
    public void Thaw()
    {
        if (SendSignal(_process.Id, Sigcont) != 0)
        {
            throw new InvalidOperationException($"Could not send SIGCONT to the bot (PID {_process.Id}).");
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    /// <summary>Waits for the bot to end by itself (a refusal to start) and returns its exit status.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    /// <summary>
    /// Waits until the bot logs a line containing <paramref name="fragment"/> (only after a line containing
    /// <paramref name="after"/>, when given); fails with the whole log after <paramref name="timeout"/>.
    /// </summary>
    public async Task WaitForLogAsync(string fragment, TimeSpan timeout, string? after = null)
    {
        var watch = Stopwatch.StartNew();
        while (!Log.SkipWhile(l => after is not null && !l.Contains(after, StringComparison.Ordinal)).Any(l => l.Contains(fragment, StringComparison.Ordinal)))
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"The bot never logged \"{fragment}\". Log:\n" + string.Join('\n', Log));
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The bot's log to the test's output, each line after <paramref name="prefix"/>, cut to 300 characters (a store failure's stack trace is long).</summary>
    public void PrintLog(Xunit.Abstractions.ITestOutputHelper output, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in Log.Where(l => !l.StartsWith("      ", StringComparison.Ordinal)))
        {
            output.WriteLine(prefix + (line.Length > 300 ? line[..300] + "…" : line));
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }

        if (line.Contains("XMPP: online as", StringComparison.Ordinal))
        {
            _online.TrySetResult();
        }
    }
}
