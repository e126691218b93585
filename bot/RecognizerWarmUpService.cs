using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Recognition;

namespace ServiceDesk.Bot;

/// <summary>
/// Builds the recognizer's models in the background at start, reads <c>WarmUp:RecognizerMessages</c> made-up messages
/// through it (<see cref="RecognizerWarmUp.Run(int)"/>), then holds <c>WarmUp:Conversations</c> whole conversations with
/// a private copy of the desk (<see cref="DeskWarmUp"/>), so that neither the build nor the JIT's first passes fall on the
/// first people's answers. Logs when it is done, with the process's CPU time so far: the bot's start-up cost, which the
/// load bench reads apart from what each message costs. The bot answers meanwhile (more slowly).
/// </summary>
internal sealed partial class RecognizerWarmUpService(IConfiguration configuration, ILogger<RecognizerWarmUpService> logger) : BackgroundService
{
    /// <summary>Made-up messages read after the build when <c>WarmUp:RecognizerMessages</c> is not set.</summary>
    public const int DefaultRecognizerMessages = 300;

    /// <summary>Conversations held with the desk's copy when <c>WarmUp:Conversations</c> is not set.</summary>
    public const int DefaultConversations = 100;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = Stopwatch.GetTimestamp();
        var messages = Math.Max(0, configuration.GetValue("WarmUp:RecognizerMessages", DefaultRecognizerMessages));
        RecognizerWarmUp.Run(messages, stoppingToken);
        var turns = 0;
        try
        {
            turns = DeskWarmUp.Run(configuration, configuration.GetValue("WarmUp:Conversations", DefaultConversations), stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Whatever stops the warm-up (no room for its temporary file…) must not stop the bot: it only leaves the JIT's
            // work to the first messages.
            WarmUpFailed(logger, error);
        }

        // Nothing warmed (the tests), nothing to wait for.
        var compiled = messages + turns > 0 ? JitSettled(stoppingToken) : System.Runtime.JitInfo.GetCompiledMethodCount();
        using var process = Process.GetCurrentProcess();
        Ready(logger, messages, turns, compiled, Stopwatch.GetElapsedTime(started).TotalSeconds, process.TotalProcessorTime.TotalSeconds);
    }, stoppingToken);

    /// <summary>How long the JIT must compile nothing before the warm-up counts as done.</summary>
    internal static readonly TimeSpan JitQuiet = TimeSpan.FromSeconds(1);

    /// <summary>The longest the warm-up waits for the JIT to settle.</summary>
    internal static readonly TimeSpan JitSettleLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits until the JIT has compiled no method for <see cref="JitQuiet"/> (at most <see cref="JitSettleLimit"/>), and
    /// returns how many methods it compiled in all. The runtime compiles a method again, optimised, on a background thread
    /// once it has been called often enough (tiered compilation): the warm-up's last turns leave a queue of such methods,
    /// which took the tiered-compilation thread several seconds after the warm-up returned. Logged as ready before that,
    /// the bot seemed to spend 50 ms of CPU a second while nobody wrote; it was this start-up work, counted as idle.
    /// </summary>
    private static long JitSettled(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietSince = Stopwatch.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested && Stopwatch.GetElapsedTime(quietSince) < JitQuiet && Stopwatch.GetElapsedTime(started) < JitSettleLimit)
        {
            stoppingToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(100));
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != count)
            {
                count = now;
                quietSince = Stopwatch.GetTimestamp();
            }
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Recognizer ready: models built, {Messages} messages read and {Turns} desk turns warmed, {Methods} methods compiled, in {Seconds:0.0} s; process CPU time so far {CpuSeconds:0.00} s")]
    private static partial void Ready(ILogger logger, int messages, int turns, long methods, double seconds, double cpuSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The desk's warm-up at start could not run; the first messages will be slower")]
    private static partial void WarmUpFailed(ILogger logger, Exception error);
}
