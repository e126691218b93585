using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;
using ServiceDesk.Testing;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// A store with a million tickets: how long it takes to generate, how fast the status lookup and the
/// surge count are on it, and (with the bot started on it) the status question over XMPP.
/// </summary>
/// <remarks>
/// Tickets belong to <c>staff00001</c>… (50 each, closed, so the staff's conversations still start afresh)
/// and to archive requesters, of whom one in a thousand still waits (status new).
/// </remarks>
internal static class StoreBench
{
    private const int Chunk = 50_000;
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);

    public static Task SeedAsync(BenchStore store, int count, int staff, TextWriter output)
    {
        var started = Stopwatch.GetTimestamp();
        var (owner, tickets) = store.OpenTickets();
        using (owner)
        {
            for (var first = 0; first < count; first += Chunk)
            {
                tickets.Import(Enumerable.Range(first, Math.Min(Chunk, count - first)).Select(i => Generate(i, staff)));
            }
        }

        Line(output, $"Store: {count} tickets generated in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        var settling = Stopwatch.GetTimestamp();
        store.Settle();
        if (store.IsPostgres)
        {
            Line(output, $"Store: VACUUM ANALYZE after the load in {Stopwatch.GetElapsedTime(settling).TotalSeconds:0.0} s");
        }

        MeasureInProcess(store, staff, output);
        return Task.CompletedTask;
    }

    /// <summary>Status questions over XMPP to the bot running on the big store (ten people at a time).</summary>
    public static async Task MeasureStatusAsync(string storeName, IReadOnlyList<StaffMember> staff, ProsodyServer server, TextWriter output)
    {
        var bot = new ChannelAddress("xmpp", server.Jid("servicedesk"));
        var latencies = new List<double>();
        foreach (var group in staff.Take(200).Chunk(10))
        {
            var answers = await Task.WhenAll(group.Select(s => s.AskAsync(bot, "statut", "demande", TimeSpan.FromMinutes(1)))).ConfigureAwait(false);
            latencies.AddRange(answers.OfType<double>());
        }

        Line(output, $"Status question over XMPP with the bot on {storeName} holding the big store: {LatencySummary.Of(latencies)}");
    }

    /// <summary>
    /// The status lookup (a requester's open tickets) two thousand times, beside its baselines measured the same way in
    /// the same run: the store's cheapest round trip (PostgreSQL) and a ticket read by its number.
    /// </summary>
    private static void MeasureInProcess(BenchStore store, int staff, TextWriter output)
    {
        var (owner, tickets) = store.OpenTickets();
        using var owned = owner;
        var random = new Random(7);
        var last = tickets.LastNumber();
        // Warm-up, not measured: the first reads bring the indexes' pages into memory.
        _ = Time(500, () => tickets.OpenTicketsOf(Requester(random.Next(RequesterCount(staff)), staff)));
        if (store.RoundTrip(owner) is { } roundTrip)
        {
            Line(output, $"Baseline, the smallest query (a round trip to the server): {LatencySummary.Of(Time(2_000, roundTrip))}");
        }

        Line(output, $"Baseline, a ticket by its number (TicketStore.Find): {LatencySummary.Of(Time(2_000, () => tickets.Find(new TicketNumber(random.Next(1, last + 1)))))}");
        var lookups = Time(2_000, () => tickets.OpenTicketsOf(Requester(random.Next(RequesterCount(staff)), staff)));
        var waiting = Time(20, tickets.WaitingOpenings);
        Line(output, $"Status lookup (TicketStore.OpenTicketsOf) on the big store, in process: {LatencySummary.Of(lookups)}");
        Line(output, $"Surge count (TicketStore.WaitingOpenings, every new request) on the big store: {LatencySummary.Of(waiting)}");
    }

    private static List<double> Time<T>(int times, Func<T> operation)
    {
        var spent = new List<double>(times);
        for (var i = 0; i < times; i++)
        {
            var start = Stopwatch.GetTimestamp();
            _ = operation();
            spent.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return spent;
    }

    private static int RequesterCount(int staff) => Math.Max(staff, 20_000);

    private static string Requester(int index, int staff) =>
        index < staff ? Invariant($"xmpp:staff{index + 1:00000}@localhost") : Invariant($"xmpp:archive{index:00000}@localhost");

    private static Ticket Generate(int i, int staff)
    {
        var requesterIndex = i % RequesterCount(staff);
        var requester = Requester(requesterIndex, staff);
        var opened = Epoch.AddMinutes(i);
        var waiting = requesterIndex >= staff && i % 1000 == 0;
        return new Ticket
        {
            RequesterId = requester,
            ReplyChannel = "xmpp",
            ReplyAddress = requester[5..],
            Description = "L'imprimante du 3e étage ne répond plus depuis ce matin",
            Type = RequestType.Incident,
            Impact = Impact.OneUser,
            Urgency = Urgency.SlowedDown,
            Priority = Priority.P4,
            Status = waiting ? TicketStatus.New : TicketStatus.Closed,
            Outcome = RequestOutcome.Ticket,
            Facts = new TicketFacts { Application = "Imprimante", Environment = "PC-0423" },
            OpenedAt = opened,
            UpdatedAt = opened.AddHours(2),
            DueAt = opened.AddDays(1),
            Journal = [new JournalEntry(opened, requester, JournalKind.RequesterMessage, "L'imprimante du 3e étage ne répond plus")],
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
