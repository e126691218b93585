using System.Diagnostics;
using System.Globalization;
using System.Net;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Adapters.Web;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

// The queues page for 10,000 open tickets (issue 16: "loads in under a second on this machine"), over HTTP on
// loopback from a LiteDB file, against two baselines measured in the same run: an empty answer from the same server
// (what HTTP itself costs) and reading the open tickets from the store alone (what the page cannot do without).
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
const int Runs = 10;
var folder = Path.Combine(Path.GetTempPath(), "sd-dashboard-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
try
{
    using var database = new ServiceDeskDatabase(Path.Combine(folder, "servicedesk.db"));
    var tickets = new TicketStore(database);
    var now = TimeProvider.System.GetUtcNow();
    var technician = new Technician("Bruno Martin", SupportLevel.Level1, [], [new ChannelAddress("xmpp", "bruno@localhost")]);
    tickets.Import(Enumerable.Range(1, count).Select(i =>
    {
        var opened = now.AddMinutes(-i * 3);
        var ticket = new Ticket
        {
            RequesterId = $"xmpp:user{i % 700}@localhost", ReplyChannel = i % 3 == 0 ? "slack" : "xmpp", ReplyAddress = $"user{i % 700}@localhost",
            RequesterName = $"Utilisateur {i % 700}", Description = $"Demande {i} : l'application {i % 40} ne répond plus depuis ce matin",
            Type = (RequestType)(1 + (i % 4)), Priority = (Priority)(1 + (i % 4)), Impact = Impact.OneUser, Urgency = Urgency.SlowedDown,
            Status = (TicketStatus)(i % 4), Outcome = RequestOutcome.Ticket, OpenedAt = opened, UpdatedAt = opened,
            AssignedTo = i % 5 == 0 ? technician.Id : null, Level = i % 7 == 0 ? SupportLevel.Level2 : SupportLevel.Level1,
            Journal = [new JournalEntry(opened, $"xmpp:user{i % 700}@localhost", JournalKind.RequesterMessage, "…")],
        };
        return SlaClock.Stamp(ticket, SlaPolicy.Default);
    }));

    var options = new DashboardOptions { Urls = "http://127.0.0.1:0" };
    var links = new SignInLinks(options);
    var desk = new DashboardContext(tickets, new TechnicianDirectory([technician]), new TechnicianDeskOptions(), SlaPolicy.Default, TimeProvider.System);
    var server = new DashboardServer(desk, options, links);
    await server.StartAsync(CancellationToken.None);
    try
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = new Uri(server.Address!) };
        (await client.GetAsync(links.Issue(technician, now))).EnsureSuccessStatusCode();

        var empty = await Measure(async () => (await client.GetAsync("/favicon.ico")).EnsureSuccessStatusCode());
        var store = await Measure(() => Task.FromResult(tickets.OpenTickets().Count));
        var bytes = 0;
        var page = await Measure(async () => bytes = (await client.GetStringAsync("/")).Length);
        var late = await Measure(async () => await client.GetStringAsync("/?filter=late"));

        Console.WriteLine($"Dashboard queues page, {count} open tickets (LiteDB, HTTP on loopback), median of {Runs} after one warm-up:");
        Console.WriteLine($"  baseline, empty answer from the same server : {empty,8:0.0} ms");
        Console.WriteLine($"  baseline, store OpenTickets() alone         : {store,8:0.0} ms");
        Console.WriteLine($"  queues page (all open)                      : {page,8:0.0} ms   ({bytes / 1024} KiB of HTML)");
        Console.WriteLine($"  queues page, filter late                    : {late,8:0.0} ms");
        Console.WriteLine($"  goal < 1000 ms: {(page < 1000 ? "met" : "NOT met")}");
        return page < 1000 ? 0 : 1;
    }
    finally
    {
        await server.StopAsync(CancellationToken.None);
        await server.DisposeAsync();
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static async Task<double> Measure(Func<Task> run)
{
    await run();
    var times = new List<double>();
    for (var i = 0; i < Runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}
