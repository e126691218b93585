using System.Diagnostics;
using System.Globalization;

namespace ServiceDesk.Bench.KnowledgeBase;

/// <summary>
/// Median and 95th percentile of a set of timings in milliseconds, as wall time and as CPU time
/// of the measuring thread (see <see cref="ThreadCpuClock"/>).
/// </summary>
internal sealed record LatencyStats(int Count, double MedianMs, double P95Ms, double MeanMs, double CpuMedianMs, double CpuP95Ms)
{
    public static LatencyStats Measure(IReadOnlyList<string> inputs, int runs, Action<string> action)
    {
        var wall = new double[runs];
        var cpu = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var cpuStart = ThreadCpuClock.Now();
            var start = Stopwatch.GetTimestamp();
            action(inputs[i % inputs.Count]);
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = (ThreadCpuClock.Now() - cpuStart) / 1e6;
        }

        var mean = wall.Average();
        Array.Sort(wall);
        Array.Sort(cpu);
        return new LatencyStats(runs, At(wall, 0.50), At(wall, 0.95), mean, At(cpu, 0.50), At(cpu, 0.95));
    }

    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"median {MedianMs:0.000} ms, p95 {P95Ms:0.000} ms, mean {MeanMs:0.000} ms (thread CPU: median {CpuMedianMs:0.000} ms, p95 {CpuP95Ms:0.000} ms) over {Count}");
}
