using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Recognition;

namespace ServiceDesk.Bot;

/// <summary>
/// Builds the recognizer's models in the background at start, and reads <c>Recognizer:WarmUpMessages</c> made-up
/// messages through it (<see cref="RecognizerWarmUp.Run(int)"/>), so neither the build nor the JIT's first passes over
/// the library fall on the first people's answers. Logs when it is done, with the process's CPU time so far: the
/// bot's start-up cost, which the load bench reads apart from what each message costs.
/// </summary>
internal sealed partial class RecognizerWarmUpService(IConfiguration configuration, ILogger<RecognizerWarmUpService> logger) : BackgroundService
{
    /// <summary>Made-up messages read after the build when <c>Recognizer:WarmUpMessages</c> is not set.</summary>
    public const int DefaultWarmUpMessages = 1000;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var messages = configuration.GetValue("Recognizer:WarmUpMessages", DefaultWarmUpMessages);
        var started = Stopwatch.GetTimestamp();
        RecognizerWarmUp.Run(Math.Max(0, messages));
        using var process = Process.GetCurrentProcess();
        Ready(logger, messages, Stopwatch.GetElapsedTime(started).TotalSeconds, process.TotalProcessorTime.TotalSeconds);
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Recognizer ready: models built and {Messages} messages read in {Seconds:0.0} s; process CPU time so far {CpuSeconds:0.00} s")]
    private static partial void Ready(ILogger logger, int messages, double seconds, double cpuSeconds);
}
