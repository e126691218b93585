using System.Diagnostics;
using System.Globalization;

namespace ServiceDesk.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster for tests: Debian's server binaries (<c>/usr/lib/postgresql/*/bin</c>), a cluster made
/// by <c>initdb</c> in a temporary folder, the server run as a child process on a free loopback port and stopped by its
/// PID. Run as root, the cluster belongs to the unprivileged <c>postgres</c> user and the server runs as that user
/// (PostgreSQL refuses to run as root).
/// </summary>
/// <remarks>
/// Built for speed, not durability: <c>fsync</c> off, trust authentication on loopback only. One cluster serves a test
/// class or a collection; each test makes its own database (<see cref="CreateDatabaseAsync"/>).
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _bin;
    private readonly List<string> _log = [];
    private Process? _process;

    private PostgresServer(string bin, string directory, int port)
    {
        _bin = bin;
        Directory = directory;
        Port = port;
    }

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>The temporary folder: the cluster (<c>data/</c>) and the server's socket.</summary>
    public string Directory { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The server's PID while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } running ? running.Id : null;

    private static bool RunsAsRoot => Environment.UserName == "root";

    private string DataDirectory => Path.Combine(Directory, "data");

    /// <summary>An Npgsql connection string for <paramref name="database"/>, with short timeouts so a lost server shows quickly.</summary>
    public string ConnectionString(string database) => string.Create(CultureInfo.InvariantCulture,
        $"Host={Host};Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=15;Include Error Detail=true");

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var bin = FindBinaries() ?? throw new PostgresNotInstalledException();
        var directory = System.IO.Directory.CreateTempSubdirectory("postgres-test-").FullName;
        var server = new PostgresServer(bin, directory, LoopbackPort.FindFree());
        try
        {
            if (RunsAsRoot)
            {
                await ExternalCommand.RunAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", directory], cancellationToken).ConfigureAwait(false);
            }

            await server.RunToolAsync("initdb", ["-D", server.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken)
                .ConfigureAwait(false);
            await server.LaunchOnFreePortAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates an empty database (its name: ASCII letters, digits and underscores).</summary>
    public Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default) =>
        PsqlAsync($"CREATE DATABASE {CheckedName(name)}", cancellationToken);

    /// <summary>Drops a database, ending its sessions.</summary>
    public Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default) =>
        PsqlAsync($"DROP DATABASE IF EXISTS {CheckedName(name)} WITH (FORCE)", cancellationToken);

    /// <summary>Runs one SQL command as the superuser on the <c>postgres</c> database (test set-up only) and returns what psql printed.</summary>
    public Task<string> PsqlAsync(string sql, CancellationToken cancellationToken = default) =>
        RunToolAsync("psql", ["-h", Host, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], cancellationToken);

    /// <summary>Fast shutdown (SIGINT to the PID started here, SIGKILL after 30 s); keeps the port and the data.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not { } running)
        {
            return;
        }

        _process = null;
        using (running)
        {
            if (running.HasExited)
            {
                return;
            }

            await ExternalCommand.RunAsync("kill", ["-INT", running.Id.ToString(CultureInfo.InvariantCulture)], cancellationToken).ConfigureAwait(false);
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            grace.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await running.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                running.Kill(entireProcessTree: true);
                await running.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Starts the server again on the same port and data (restart tests).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (!await LaunchAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"PostgreSQL could not start again on port {Port}. Log:\n{LogTail()}");
        }
    }

    /// <summary>The last lines the server printed, for failure messages.</summary>
    public string LogTail(int lines = 40)
    {
        lock (_log)
        {
            return string.Join('\n', _log.TakeLast(lines));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system to clean.
        }
    }

    /// <summary>The newest Debian PostgreSQL server found, or null.</summary>
    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
        {
            return null;
        }

        return System.IO.Directory.GetDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Dir, "postgres")) && File.Exists(Path.Combine(d.Dir, "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Dir)
            .FirstOrDefault();
    }

    private static string CheckedName(string name) =>
        name.Length is > 0 and < 60 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? name
            : throw new ArgumentException($"'{name}': a database name here is lower-case ASCII letters, digits and underscores.", nameof(name));

    /// <summary>A program of the server's, as the unprivileged user when run as root; its PID is the program's own.</summary>
    private ProcessStartInfo Command(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(RunsAsRoot ? "setpriv" : Path.Combine(_bin, program))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Directory,
        };
        if (RunsAsRoot)
        {
            foreach (var argument in (string[])["--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "--", Path.Combine(_bin, program)])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private async Task<string> RunToolAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(Command(program, arguments)) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var printed = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);
        return process.ExitCode == 0 ? printed : throw new InvalidOperationException($"{program} failed with exit code {process.ExitCode}: {printed}");
    }

    /// <summary>The free port found may be taken by someone else before the server binds it: then try another.</summary>
    private async Task LaunchOnFreePortAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; !await LaunchAsync(cancellationToken).ConfigureAwait(false); attempt++)
        {
            await StopAsync(cancellationToken).ConfigureAwait(false);
            if (attempt == 3)
            {
                throw new InvalidOperationException($"PostgreSQL could not bind a free port. Log:\n{LogTail()}");
            }

            Port = LoopbackPort.FindFree();
        }
    }

    /// <summary>Starts the server; true once it accepts connections, false when it exited first (its port taken).</summary>
    private async Task<bool> LaunchAsync(CancellationToken cancellationToken)
    {
        string[] settings =
        [
            "-D", DataDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture), "-k", Directory,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=300", "-c", "shared_buffers=128MB", "-c", "log_min_messages=warning",
        ];
        _process = Process.Start(Command("postgres", settings)) ?? throw new InvalidOperationException("Could not start postgres.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                return false;
            }

            if (await LoopbackPort.AcceptsAsync(Port, cancellationToken).ConfigureAwait(false) && await AnswersAsync(cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            if (watch.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"PostgreSQL did not start on port {Port}. Log:\n{LogTail()}");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PsqlAsync("SELECT 1", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
            if (_log.Count > 500)
            {
                _log.RemoveRange(0, 100);
            }
        }
    }
}
