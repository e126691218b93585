using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Indicators;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bench.Indicators;

/// <summary>
/// Indicators over N generated tickets (1,000,000 by default; the issue asks for under 5 s). Printed beside a
/// baseline measured in the same run: one plain pass over the same tickets that only counts them by priority, the
/// floor any calculator pays for walking a million records.
/// </summary>
internal static class IndicatorBench
{
    public static int Run(string[] args, TextWriter output)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var sla = SlaPolicy.Default;
        var start = sla.Calendar.At(new DateOnly(2025, 1, 6), TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        var tickets = GeneratedTickets.Make(count, sla, start);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {tickets.Count:N0} tickets in {watch.Elapsed.TotalSeconds:0.00} s (opened {tickets[0].OpenedAt:yyyy-MM-dd} to {tickets[^1].OpenedAt:yyyy-MM-dd})"));
        var (from, to, now) = (start, tickets[^1].OpenedAt.AddDays(1), tickets[^1].OpenedAt.AddDays(30));
        var calculator = new IndicatorCalculator(sla);
        calculator.Compute(tickets.Take(10_000), from, to, now); // warm-up: JIT and the calendar's day cache for the first days

        var baseline = Measure(() => Baseline(tickets));
        DeskIndicators? result = null;
        var full = Measure(() => result = calculator.Compute(tickets, from, to, now));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (one pass, count by priority): {baseline.TotalSeconds:0.000} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indicators: {full.TotalSeconds:0.000} s ({full / baseline:0.0}× the baseline), {full.TotalMilliseconds * 1000 / count:0.00} µs per ticket; goal < 5 s"));
        output.WriteLine(IndicatorText.English(result!, sla.Calendar.Zone));
        return full < TimeSpan.FromSeconds(5) ? 0 : 1;
    }

    private static TimeSpan Measure(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static int[] Baseline(List<Ticket> tickets)
    {
        var counts = new int[5];
        foreach (var ticket in tickets)
        {
            counts[(int)(ticket.Priority ?? 0)]++;
        }

        return counts;
    }
}
