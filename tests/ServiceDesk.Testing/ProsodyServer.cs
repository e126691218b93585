using System.Diagnostics;
using System.Globalization;

namespace ServiceDesk.Testing;

/// <summary>
/// A real Prosody XMPP server for tests: its own temporary directory, configuration, certificate,
/// users and loopback port, run as a child process and stopped by its PID. Independent instances
/// can run side by side, one per test class.
/// </summary>
/// <remarks>
/// Needs <c>prosody</c>, <c>prosodyctl</c> and <c>openssl</c> on PATH; when Prosody is missing,
/// <see cref="StartAsync"/> throws <see cref="ProsodyNotInstalledException"/> instead of skipping.
/// Clients must trust <see cref="CertificatePath"/> (a self-signed certificate for
/// <see cref="Domain"/> and <see cref="ConferenceDomain"/>).
/// </remarks>
public sealed class ProsodyServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly string configPath;
    private readonly ProsodyLog log;
    private Process? process;

    private ProsodyServer(string directory, int port)
    {
        Directory = directory;
        Port = port;
        configPath = Path.Combine(directory, "prosody.cfg.lua");
        log = new ProsodyLog(Path.Combine(directory, "prosody.log"));
    }

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    public string Domain => "localhost";

    public string ConferenceDomain => "conference.localhost";

    /// <summary>The server's self-signed certificate (PEM), to pass as the client's trusted certificate.</summary>
    public string CertificatePath => Path.Combine(Directory, "server.crt");

    /// <summary>The temporary directory holding configuration, data and logs.</summary>
    public string Directory { get; }

    public bool IsRunning => process is { HasExited: false };

    public string Jid(string user) => $"{user}@{Domain}";

    public static async Task<ProsodyServer> StartAsync(IEnumerable<(string User, string Password)> users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ExternalCommand.RequireOnPath("prosody");
        var directory = System.IO.Directory.CreateTempSubdirectory("prosody-test-").FullName;
        var server = new ProsodyServer(directory, LoopbackPort.FindFree());
        try
        {
            await server.PrepareAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (user, password) in users)
            {
                await server.RegisterAsync(user, password, cancellationToken).ConfigureAwait(false);
            }

            await server.LaunchOnFreePortAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates an account (works whether or not the server is running).</summary>
    public Task RegisterAsync(string user, string password, CancellationToken cancellationToken = default) =>
        ExternalCommand.RunAsync("prosodyctl", ["--config", configPath, "register", user, Domain, password], cancellationToken);

    /// <summary>Stops the server (SIGTERM to the PID started here, then SIGKILL after 10 s); keeps port and data.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (process is not { } running)
        {
            return;
        }

        process = null;
        using (running)
        {
            if (!running.HasExited)
            {
                await ExternalCommand.RunAsync("kill", ["-TERM", running.Id.ToString(CultureInfo.InvariantCulture)], cancellationToken)
                    .ConfigureAwait(false);
                using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                grace.CancelAfter(TimeSpan.FromSeconds(10));
                try
                {
                    await running.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    running.Kill();
                    await running.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Freezes the server (SIGSTOP to the PID started here): connections stay open and nothing is answered.</summary>
    public Task PauseAsync(CancellationToken cancellationToken = default) => SignalAsync("-STOP", cancellationToken);

    /// <summary>Lets a paused server go on (SIGCONT).</summary>
    public Task ResumeAsync(CancellationToken cancellationToken = default) => SignalAsync("-CONT", cancellationToken);

    private Task SignalAsync(string signal, CancellationToken cancellationToken) =>
        process is { HasExited: false } running
            ? ExternalCommand.RunAsync("kill", [signal, running.Id.ToString(CultureInfo.InvariantCulture)], cancellationToken)
            : throw new InvalidOperationException("Prosody is not running.");

    /// <summary>Starts the server again on the same port with the same data (for restart tests).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (!await LaunchAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Port {Port} was taken while Prosody was stopped.");
        }
    }

    /// <summary>The last lines of the server's log, for failure messages.</summary>
    public string LogTail(int lines = 30) => string.Join('\n', log.ReadFrom(0).Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temporary directory is left for the system to clean.
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "data"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "certs"));
        await ExternalCommand.RunAsync(
            "openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", $"/CN={Domain}",
             "-addext", $"subjectAltName=DNS:{Domain},DNS:{ConferenceDomain}",
             "-keyout", Path.Combine(Directory, "server.key"), "-out", CertificatePath],
            cancellationToken).ConfigureAwait(false);
        await WriteConfigurationAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task WriteConfigurationAsync(CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(configPath, ProsodyConfiguration.Render(Directory, Port, Domain, ConferenceDomain), cancellationToken);

    /// <summary>The free port found may be taken by someone else before Prosody binds it: then try another.</summary>
    private async Task LaunchOnFreePortAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; !await LaunchAsync(cancellationToken).ConfigureAwait(false); attempt++)
        {
            await StopAsync(cancellationToken).ConfigureAwait(false);
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Prosody could not bind a free port. Log:\n{LogTail()}");
            }

            Port = LoopbackPort.FindFree();
            await WriteConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Starts the process; true once it listens, false when its port was taken.</summary>
    private async Task<bool> LaunchAsync(CancellationToken cancellationToken)
    {
        var logStart = log.Length;
        var start = new ProcessStartInfo("prosody") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-F", "--config", configPath })
        {
            start.ArgumentList.Add(argument);
        }

        process = ExternalCommand.StartOrExplain(start);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var text = log.ReadFrom(logStart);
            if (text.Contains("Activated service 'c2s' on no ports", StringComparison.Ordinal))
            {
                return false;
            }

            if (text.Contains($"Activated service 'c2s' on [{Host}]:{Port}", StringComparison.Ordinal)
                && await LoopbackPort.AcceptsAsync(Port, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            if (watch.Elapsed > StartTimeout || process is not { HasExited: false })
            {
                throw new InvalidOperationException($"Prosody did not start listening on port {Port}. Log:\n{LogTail()}");
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }
}
