using System.Net;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web.Tests;

/// <summary>
/// The dashboard served by Kestrel on a free loopback port, reading a temporary LiteDB file, with three technicians:
/// Bruno (level 1), Denis (level 2) and Rose (level 1, the "rh" group that alone sees confidential requests).
/// </summary>
public sealed class DashboardFixture : IAsyncDisposable
{
    public static readonly Technician Bruno = new("Bruno Martin", SupportLevel.Level1, [], [new ChannelAddress("xmpp", "bruno@localhost")]);
    public static readonly Technician Denis = new("Denis Roy", SupportLevel.Level2, ["réseau"], [new ChannelAddress("xmpp", "denis@localhost")]);
    public static readonly Technician Rose = new("Rose Hamel", SupportLevel.Level1, ["rh"], [new ChannelAddress("slack", "U0ROSE")]);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sd-web-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ServiceDeskDatabase _database;

    private DashboardFixture(DashboardOptions options)
    {
        Directory.CreateDirectory(_folder);
        _database = new ServiceDeskDatabase(Path.Combine(_folder, "servicedesk.db"));
        Tickets = new TicketStore(_database);
        Options = options;
        Links = new SignInLinks(options);
        Desk = new DashboardContext(Tickets, new TechnicianDirectory([Bruno, Denis, Rose]), new TechnicianDeskOptions(), SlaPolicy.Default, TimeProvider.System);
        Server = new DashboardServer(Desk, options, Links);
    }

    public TicketStore Tickets { get; }

    public DashboardOptions Options { get; }

    public SignInLinks Links { get; }

    public DashboardContext Desk { get; }

    public DashboardServer Server { get; }

    public Uri BaseAddress => new(Server.Address ?? throw new InvalidOperationException("Not started."));

    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static async Task<DashboardFixture> StartAsync(DashboardOptions? options = null)
    {
        var fixture = new DashboardFixture(options ?? new DashboardOptions { Urls = "http://127.0.0.1:0", LivePollInterval = TimeSpan.FromMilliseconds(200) });
        await fixture.Server.StartAsync(CancellationToken.None);
        return fixture;
    }

    /// <summary>An open ticket; <paramref name="late"/> puts all its due times in the past, otherwise days ahead.</summary>
    public Ticket Open(string description, bool late = false, RequestOutcome outcome = RequestOutcome.Ticket, Func<Ticket, Ticket>? change = null)
    {
        var now = Now;
        var due = late ? now.AddHours(-1) : now.AddDays(5);
        var ticket = new Ticket
        {
            DraftId = Guid.NewGuid().ToString("N"),
            RequesterId = "xmpp:alice@localhost", ReplyChannel = "xmpp", ReplyAddress = "alice@localhost", RequesterName = "Alice Durand",
            Description = description, Type = RequestType.Incident, Impact = Impact.OneUser, Urgency = Urgency.Blocked, Priority = Priority.P3,
            Status = TicketStatus.New, Outcome = outcome, OpenedAt = late ? now.AddHours(-6) : now, UpdatedAt = now,
            DetectionDueAt = due, DueAt = due, DeadlineAt = due,
            Journal = [new JournalEntry(now, "xmpp:alice@localhost", JournalKind.RequesterMessage, description), new JournalEntry(now, "bot", JournalKind.ReplyToRequester, "C'est noté.")],
        };
        return Tickets.Open(change?.Invoke(ticket) ?? ticket);
    }

    /// <summary>A browser-like client (cookies kept, redirects not followed) that has not signed in.</summary>
    public HttpClient Anonymous(CookieContainer? cookies = null, string language = "fr-FR,fr;q=0.9,en;q=0.5")
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>A client signed in as <paramref name="technician"/> through a fresh one-time link.</summary>
    public async Task<HttpClient> SignedInAsync(Technician technician, string language = "fr-FR,fr;q=0.9,en;q=0.5")
    {
        var client = Anonymous(language: language);
        var link = Links.Issue(technician, Now) ?? throw new InvalidOperationException("Links are off.");
        using var answer = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync(CancellationToken.None);
        await Server.DisposeAsync();
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary folder cleaning.
        }
    }
}
