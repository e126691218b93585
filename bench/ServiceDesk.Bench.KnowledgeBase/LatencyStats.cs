using System.Diagnostics;
using System.Globalization;

namespace ServiceDesk.Bench.KnowledgeBase;

/// <summary>Median, 95th and 99th percentile of a set of timings, in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double MedianMs, double P95Ms, double P99Ms, double MeanMs)
{
    public static LatencyStats Measure(IReadOnlyList<string> inputs, int runs, Action<string> action)
    {
        var timings = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(inputs[i % inputs.Count]);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(timings);
        return new LatencyStats(runs, At(timings, 0.50), At(timings, 0.95), At(timings, 0.99), timings.Average());
    }

    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"median {MedianMs:0.000} ms, p95 {P95Ms:0.000} ms, p99 {P99Ms:0.000} ms, mean {MeanMs:0.000} ms over {Count}");
}
