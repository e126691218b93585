using System.Collections.Concurrent;
using System.Diagnostics;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// Everyone holds the conversation at once: each person starts at a random moment within the ramp (the
/// Monday-morning burst), waits a human think time between an answer and their next message, and every
/// reply is timed. The same run, with the echo account as the other party, gives the baseline.
/// </summary>
internal sealed class ScenarioRun(IReadOnlyList<StaffMember> staff, LoadBenchOptions options)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);

    public sealed record Result(LatencySummary Latency, IReadOnlyList<LatencySummary> PerStep, TimeSpan Duration, int MessagesSent, int Completed, int Tickets, IReadOnlyList<string> Failures);

    public async Task<Result> RunAsync(ChannelAddress other, bool echo)
    {
        var latencies = new ConcurrentBag<double>();
        var perStep = ConversationScript.Steps.Select(_ => new ConcurrentBag<double>()).ToArray();
        var failures = new ConcurrentBag<string>();
        var sent = 0;
        var tickets = 0;
        var started = Stopwatch.GetTimestamp();
        var completed = await Task.WhenAll(staff.Select((member, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            await Task.Delay(options.Ramp * random.NextDouble()).ConfigureAwait(false);
            for (var step = 0; step < ConversationScript.Steps.Count; step++)
            {
                var (say, answer) = ConversationScript.Steps[step];
                Interlocked.Increment(ref sent);
                var latency = await member.AskAsync(other, say, echo ? say : answer, StepTimeout).ConfigureAwait(false);
                if (latency is not { } ms)
                {
                    failures.Add($"{member.User} step {step + 1} ('{say}') unanswered; received: {string.Join(" | ", Last(member.Transcript))}");
                    return false;
                }

                latencies.Add(ms);
                perStep[step].Add(ms);
                if (step == ConversationScript.TicketStep)
                {
                    Interlocked.Increment(ref tickets);
                }

                if (step < ConversationScript.Steps.Count - 1)
                {
                    await Task.Delay(options.ThinkMin + ((options.ThinkMax - options.ThinkMin) * random.NextDouble())).ConfigureAwait(false);
                }
            }

            return true;
        }))).ConfigureAwait(false);
        return new Result(LatencySummary.Of(latencies), [.. perStep.Select(LatencySummary.Of)], Stopwatch.GetElapsedTime(started), sent, completed.Count(c => c), tickets, [.. failures]);
    }

    private static IEnumerable<string> Last(List<string> transcript)
    {
        lock (transcript)
        {
            return transcript.TakeLast(3).ToList();
        }
    }
}
