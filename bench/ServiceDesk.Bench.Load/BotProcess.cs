using System.Diagnostics;
using System.Globalization;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// The bot as its own OS process (<c>dotnet ServiceDesk.Bot.dll …</c>), so its CPU time and peak memory are
/// its own. Knows it is online from its log line; stopped by its PID.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _online = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<TimeSpan> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _errors = [];

    private int _disposed;

    private BotProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Error and warning lines the bot logged (the first hundred).</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static BotProcess Start(string botPath, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(botPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot."));
        bot._process.OutputDataReceived += (_, e) => bot.Read(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Read(e.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits for "XMPP: online as …" in the bot's log.</summary>
    public Task WaitOnlineAsync(TimeSpan timeout) => _online.Task.WaitAsync(timeout);

    /// <summary>
    /// Waits for "Recognizer ready" in the bot's log (models built and warmed); returns the bot's CPU time read from
    /// /proc the moment the line arrived: its start-up cost.
    /// </summary>
    public Task<TimeSpan> WaitReadyAsync(TimeSpan timeout) => _ready.Task.WaitAsync(timeout);

    /// <summary>User plus system CPU time the bot has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// The bot's user plus system CPU time from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux),
    /// read without the Process object's other bookkeeping; elsewhere, the Process object's figure.
    /// </summary>
    private TimeSpan ProcCpuTime()
    {
        var stat = $"/proc/{_process.Id}/stat";
        if (!File.Exists(stat))
        {
            return CpuTime;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count the fields after it.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Peak resident memory (VmHWM from /proc), in bytes.</summary>
    public long PeakMemoryBytes
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? _process.PeakWorkingSet64
                : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    /// <summary>Stops the bot by its PID (SIGKILL after asking the host to stop does not matter for a benchmark).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("XMPP: online as", StringComparison.Ordinal))
        {
            _online.TrySetResult();
        }

        if (line.Contains("Recognizer ready", StringComparison.Ordinal))
        {
            _ready.TrySetResult(ProcCpuTime());
        }

        if (line.Contains("fail:", StringComparison.Ordinal) || line.Contains("warn:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal))
        {
            lock (_errors)
            {
                if (_errors.Count < 100)
                {
                    _errors.Add(line);
                }
            }
        }
    }
}
