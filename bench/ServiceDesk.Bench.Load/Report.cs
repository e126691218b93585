using System.Globalization;

namespace ServiceDesk.Bench.Load;

/// <summary>Prints the figures of one load run.</summary>
internal static class Report
{
    public static void Print(
        TextWriter output, ScenarioRun.Result echo, ScenarioRun.Result bot, BotCpu cpu, int botReceived, long peakBytes,
        IReadOnlyList<string> botErrors)
    {
        var seconds = bot.Duration.TotalSeconds;
        var botCpu = cpu.Messages;
        Line(output, $"Echo baseline reply latency: {echo.Latency}");
        Line(output, $"Bot reply latency:           {bot.Latency}");
        for (var step = 0; step < bot.PerStep.Count; step++)
        {
            Line(output, $"  bot, step {step + 1} ('{Cut(ConversationScript.Steps[step].Say)}'): {bot.PerStep[step]}");
        }

        Line(output, $"Ratio bot/echo: p50 {bot.Latency.P50 / echo.Latency.P50:0.00}x  p95 {bot.Latency.P95 / echo.Latency.P95:0.00}x  p99 {bot.Latency.P99 / echo.Latency.P99:0.00}x  max {bot.Latency.Max / echo.Latency.Max:0.00}x");
        Line(output, $"Conversations completed: bot {bot.Completed}, echo {echo.Completed} (of {bot.MessagesSent / Math.Max(1, ConversationScript.Steps.Count)}+)");
        Line(output, $"Bot phase: {seconds:0.0} s, {bot.MessagesSent} messages in and {botReceived} out = {(bot.MessagesSent + botReceived) / seconds:0.0} messages/s, {bot.Tickets} tickets = {bot.Tickets / seconds:0.00} tickets/s");
        Line(output, $"Bot process, bot phase: CPU {botCpu.TotalSeconds:0.0} s = {100 * botCpu.TotalSeconds / seconds:0}% of one core ({100 * botCpu.TotalSeconds / seconds / Environment.ProcessorCount:0}% of {Environment.ProcessorCount} cores), peak memory (VmHWM) {peakBytes / 1048576.0:0} MiB");
        // The figure the desk is held to (≤ 3 ms): the bot's CPU time during the bot phase over the messages people sent
        // it, each one handled in a turn (its answers, receipts and chat states included). Start-up (models built and
        // warmed, connecting) is measured apart, up to the moment the bot logs that it is ready.
        Line(output, $"Bot CPU, start-up: {cpu.StartUp.Cpu.TotalSeconds:0.00} s until ready ({cpu.StartUp.Elapsed.TotalSeconds:0.0} s after start: connecting, recognizer models built and warmed, JIT)");
        Line(output, $"Bot CPU, idle during the echo phase: {cpu.Idle.TotalSeconds:0.00} s");
        Line(output, $"Bot CPU per message: {botCpu.TotalMilliseconds / Math.Max(1, bot.MessagesSent):0.00} ms ({botCpu.TotalSeconds:0.0} s over {bot.MessagesSent} messages handled; {botCpu.TotalMilliseconds / Math.Max(1, bot.MessagesSent + botReceived):0.00} ms per message in or out)");
        Line(output, $"Bot CPU, whole process: {cpu.Total.TotalSeconds:0.0} s = {cpu.Total.TotalMilliseconds / Math.Max(1, bot.MessagesSent):0.00} ms per message handled, start-up and idle included");
        foreach (var failure in bot.Failures.Concat(echo.Failures).Take(10))
        {
            Line(output, $"  unfinished: {failure}");
        }

        Line(output, $"Bot warnings and errors logged: {botErrors.Count}{(botErrors.Count > 0 ? ", first: " + botErrors[0] : "")}");
    }

    /// <summary>
    /// The bot phase's CPU by kind of thread (<see cref="ThreadCpu"/>), per message handled: what the code running the
    /// messages used (thread-pool workers, socket engine) apart from the JIT compiling and the garbage collector.
    /// </summary>
    public static void PrintThreads(TextWriter output, IReadOnlyList<(string Kind, double Seconds)> byThread, int messages)
    {
        if (byThread.Count == 0)
        {
            return;
        }

        Line(output, $"Bot CPU per message by thread, bot phase (/proc every 0.5 s, 10 ms ticks; foreground collections run on the thread that allocates): {string.Join("; ", byThread.Take(8).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Kind} {1000 * t.Seconds / Math.Max(1, messages):0.00} ms")))}");
    }

    /// <summary>The bot's context switches in the bot phase per message handled (<see cref="ThreadCpu.Switches"/>).</summary>
    public static void PrintSwitches(TextWriter output, long switches, int messages)
    {
        if (switches > 0)
        {
            Line(output, $"Bot context switches, bot phase: {switches} = {(double)switches / Math.Max(1, messages):0.0} per message handled (threads put to sleep and woken)");
        }
    }

    /// <summary>The store's size, and (when it was not seeded) how many tickets the run left and whether anyone has two.</summary>
    public static async Task PrintStoreAsync(TextWriter output, BenchStore store, bool seededStore)
    {
        output.WriteLine(await store.SizeAsync().ConfigureAwait(false));
        if (!seededStore)
        {
            var (owner, tickets1) = store.OpenTickets();
            using (owner)
            {
                var tickets = tickets1.All();
                var duplicated = tickets.GroupBy(t => t.RequesterId).Count(g => g.Count() > 1);
                Line(output, $"Tickets in the store: {tickets.Count}, requesters with more than one: {duplicated}");
            }
        }
    }

    private static string Cut(string text) => text.Length <= 24 ? text : text[..24] + "…";

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
