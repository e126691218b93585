using System.Net;
using System.Text.RegularExpressions;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web.Tests;

/// <summary>The dashboard over HTTP on loopback: who may see it, what its answers carry, what each page shows.</summary>
public sealed partial class DashboardHttpTests : IAsyncLifetime
{
    private DashboardFixture _web = null!;

    public async Task InitializeAsync() => _web = await DashboardFixture.StartAsync();

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task NoCookie_GetsTheSignInRequiredPage_OnEveryPage()
    {
        using var client = _web.Anonymous();
        foreach (var path in new[] { "/", "/tickets/1", "/indicators" })
        {
            using var answer = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            var html = await answer.Content.ReadAsStringAsync();
            Assert.Contains("Connexion requise", html);
            Assert.Contains("/dashboard", html);
        }

        using var events = await client.GetAsync("/events");
        Assert.Equal(HttpStatusCode.Unauthorized, events.StatusCode);
    }

    [Fact]
    public async Task Link_SetsAnHttpOnlyStrictEightHourCookie_AndLeadsToTheQueues()
    {
        using var client = _web.Anonymous();
        var link = _web.Links.Issue(DashboardFixture.Bruno, DashboardFixture.Now)!;

        using var answer = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/", answer.Headers.Location?.OriginalString);
        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(DashboardServer.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=28800", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase); // plain HTTP on loopback
        using var queues = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, queues.StatusCode);
        Assert.Contains("Bruno Martin", await queues.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cookie_IsSecure_WhenThePublicAddressIsHttps()
    {
        await using var web = await DashboardFixture.StartAsync(new DashboardOptions { Urls = "http://127.0.0.1:0", PublicUrl = "https://desk.example.org/" });
        using var client = web.Anonymous();
        var link = web.Links.Issue(DashboardFixture.Bruno, DashboardFixture.Now)!;
        Assert.StartsWith("https://desk.example.org/signin/", link.ToString(), StringComparison.Ordinal);

        using var answer = await client.GetAsync(new Uri(web.BaseAddress, link.AbsolutePath));

        Assert.Contains("secure", Assert.Single(answer.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReplayedLink_IsRefused_AndAnotherBrowserCannotUseIt()
    {
        var link = _web.Links.Issue(DashboardFixture.Bruno, DashboardFixture.Now)!;
        using var first = _web.Anonymous();
        using var opened = await first.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);

        using var second = _web.Anonymous();
        using var replayed = await second.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, replayed.StatusCode);
        Assert.Contains("Lien expiré", await replayed.Content.ReadAsStringAsync());
        Assert.False(replayed.Headers.Contains("Set-Cookie"));
        using var stillOut = await second.GetAsync("/");
        Assert.Equal(HttpStatusCode.Unauthorized, stillOut.StatusCode);
    }

    [Fact]
    public async Task ExpiredLink_IsRefused()
    {
        var link = _web.Links.Issue(DashboardFixture.Bruno, DashboardFixture.Now - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1))!;
        using var client = _web.Anonymous();

        using var answer = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Contains("demandez-en un nouveau au bot", await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForgedLinkOrCookie_IsRefused()
    {
        using var client = _web.Anonymous();
        using var forged = await client.GetAsync("/signin/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        var cookies = new CookieContainer();
        cookies.Add(_web.BaseAddress, new Cookie(DashboardServer.CookieName, "made-up"));
        using var withCookie = _web.Anonymous(cookies);
        using var page = await withCookie.GetAsync("/");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
    }

    [Fact]
    public async Task EveryAnswer_CarriesAContentSecurityPolicyWithoutInlineScripts_AndThePagesHaveNone()
    {
        var ticket = _web.Open("Imprimante hors ligne");
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);
        foreach (var path in new[] { "/", $"/tickets/{ticket.Number}", "/indicators", "/live.js", "/nowhere" })
        {
            using var answer = await client.GetAsync(path);
            var csp = string.Join(';', answer.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join("", answer.Headers.GetValues("X-Content-Type-Options")));
            if (answer.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await answer.Content.ReadAsStringAsync();
                Assert.DoesNotMatch(InlineScript(), html);
                Assert.DoesNotContain(" on", Regex.Replace(html, ">[^<]*<", "><"), StringComparison.Ordinal); // no onclick= handlers either
            }
        }
    }

    [Fact]
    public async Task RequestersText_IsShownAsText_NeverAsMarkup()
    {
        var ticket = _web.Open("<script>alert('x')</script> & <b>gras</b>");
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);

        foreach (var path in new[] { "/", $"/tickets/{ticket.Number}", "/?q=%3Cscript%3E" })
        {
            var html = await client.GetStringAsync(path);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>gras", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostAndOtherMethods_AreRefused_ThePageIsReadOnly()
    {
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);
        using var content = new StringContent("");
        using var answer = await client.PostAsync("/", content);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.StatusCode);
    }

    [Fact]
    public async Task LateFilter_ShowsTheLateTicket_AndNotTheOthers()
    {
        var late = _web.Open("Serveur de fichiers inaccessible", late: true);
        var onTime = _web.Open("Souris qui accroche");
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);

        var all = await client.GetStringAsync("/");
        var lateOnly = await client.GetStringAsync("/?filter=late");

        Assert.Contains("Serveur de fichiers inaccessible", all, StringComparison.Ordinal);
        Assert.Contains("Souris qui accroche", all, StringComparison.Ordinal);
        Assert.Contains($"/tickets/{late.Number}\"", lateOnly, StringComparison.Ordinal);
        Assert.DoesNotContain($"/tickets/{onTime.Number}\"", lateOnly, StringComparison.Ordinal);
        Assert.Contains("En retard", lateOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_AwaitingUnassignedMineLevel2AndDoneThisWeek()
    {
        var waiting = _web.Open("attend", change: t => t with { Status = TicketStatus.AwaitingUser, AssignedTo = DashboardFixture.Denis.Id });
        var free = _web.Open("libre");
        var mine = _web.Open("le mien", change: t => t with { Status = TicketStatus.InProgress, AssignedTo = DashboardFixture.Bruno.Id, Owner = DashboardFixture.Bruno.Id });
        var level2 = _web.Open("niveau deux", change: t => t with { Level = Core.Technicians.SupportLevel.Level2, AssignedGroup = "réseau" });
        var done = _web.Open("fini", change: t => t with { Status = TicketStatus.Closed, ResolvedAt = DashboardFixture.Now, ClosedAt = DashboardFixture.Now });
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);

        async Task<IReadOnlyList<int>> Shown(string filter) =>
            [.. TicketLink().Matches(await client.GetStringAsync("/?filter=" + filter)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

        Assert.Equal([waiting.Number], await Shown("awaiting-user"));
        Assert.Equal([free.Number], await Shown("unassigned"));
        Assert.Equal([mine.Number], await Shown("mine"));
        Assert.Equal([level2.Number], await Shown("level2"));
        Assert.Equal([done.Number], await Shown("done-week"));
        Assert.DoesNotContain(done.Number, await Shown("all"));
    }

    [Fact]
    public async Task Queue_SortsByDueTime_BothWays_AndSearchesTextAndNumber()
    {
        var later = _web.Open("plus tard", change: t => t with { DueAt = DashboardFixture.Now.AddDays(3) });
        var sooner = _web.Open("bientôt", change: t => t with { DueAt = DashboardFixture.Now.AddDays(1) });
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);

        async Task<IReadOnlyList<int>> Shown(string query) =>
            [.. TicketLink().Matches(await client.GetStringAsync(query)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

        Assert.Equal([sooner.Number, later.Number], await Shown("/"));
        Assert.Equal([later.Number, sooner.Number], await Shown("/?sort=-due"));
        Assert.Equal([sooner.Number], await Shown("/?q=BIENT"));
        Assert.Equal([later.Number], await Shown($"/?q=%23{later.Number}"));
    }

    [Fact]
    public async Task ConfidentialTicket_IsShownOnlyToTheAllowedGroup()
    {
        var secret = _web.Open("Conflit avec mon responsable", outcome: RequestOutcome.Confidential);
        using var bruno = await _web.SignedInAsync(DashboardFixture.Bruno);
        using var rose = await _web.SignedInAsync(DashboardFixture.Rose);

        Assert.DoesNotContain("Conflit avec mon responsable", await bruno.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Conflit avec mon responsable", await bruno.GetStringAsync("/?q=conflit"), StringComparison.Ordinal);
        using var hidden = await bruno.GetAsync($"/tickets/{secret.Number}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Contains("Conflit avec mon responsable", await rose.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Conflit avec mon responsable", await rose.GetStringAsync($"/tickets/{secret.Number}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TicketPage_TellsTheWholeStory()
    {
        var now = DashboardFixture.Now;
        var ticket = _web.Open("Le VPN coupe toutes les dix minutes", change: t => t with
        {
            Facts = new TicketFacts { SinceText = "depuis lundi", Application = "VPN", ErrorMessage = "Erreur 809" },
            Status = TicketStatus.Resolved, Owner = DashboardFixture.Bruno.Id, AssignedTo = DashboardFixture.Denis.Id, Level = Core.Technicians.SupportLevel.Level2,
            Transfers = [new Core.Technicians.Transfer(now, DashboardFixture.Bruno.Id, Core.Technicians.SupportLevel.Level1, Core.Technicians.SupportLevel.Level2, "réseau", null, "pare-feu à vérifier")],
            Reports = [new Core.Technicians.InterventionReport(1, DashboardFixture.Denis.Id, "Denis Roy", now.AddHours(-1), now, 45, "Règle du pare-feu corrigée", "aucune", "surveiller", now, true, now)],
            Satisfaction = 4, SatisfactionAskedAt = now,
            Journal = [.. t.Journal, new JournalEntry(now, DashboardFixture.Bruno.Id, JournalKind.InternalNote, "Vu avec l'équipe réseau")],
        });
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);

        var html = await client.GetStringAsync($"/tickets/{ticket.Number}");

        foreach (var expected in new[] { "depuis lundi", "Erreur 809", "P3", "Journal", "Vu avec l'équipe réseau", "Note interne", "Bruno Martin", "C'est noté.",
                                         "pare-feu à vérifier", "Règle du pare-feu corrigée", "4 / 5", "Conversation avec le demandeur", "Denis Roy" })
        {
            Assert.Contains(expected, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EnglishBrowser_GetsEnglish_FrenchIsTheDefault()
    {
        _web.Open("Écran noir");
        using var english = await _web.SignedInAsync(DashboardFixture.Bruno, "en-GB,en;q=0.9,fr;q=0.3");
        using var other = await _web.SignedInAsync(DashboardFixture.Bruno, "de-DE");

        var en = await english.GetStringAsync("/");
        var fr = await other.GetStringAsync("/");

        Assert.Contains("<html lang=\"en\"", en, StringComparison.Ordinal);
        Assert.Contains("Ticket queues", en, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", fr, StringComparison.Ordinal);
        Assert.Contains("Files de tickets", fr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicators_AreDrawnAsSvgOnTheServer_WithTheirFiguresAsText()
    {
        _web.Open("un", change: t => t with { Status = TicketStatus.Closed, TakenInChargeAt = t.OpenedAt, ResolvedAt = t.OpenedAt.AddMinutes(20), ClosedAt = t.OpenedAt.AddMinutes(30), Satisfaction = 5, SatisfactionAskedAt = t.OpenedAt });
        _web.Open("deux");
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);

        var html = await client.GetStringAsync("/indicators");

        Assert.Equal(5, Regex.Matches(html, "<svg ").Count);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("Demandes par jour et par type", html, StringComparison.Ordinal);
        Assert.Contains("objectif 80 %", html, StringComparison.Ordinal);
        Assert.Contains("Incident : 2", html, StringComparison.Ordinal);
        Assert.Contains("moyenne 5.0 / 5", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_TellTheOpenPageWhenATicketIsOpened()
    {
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var answer = await client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead, limit.Token);
        Assert.Equal("text/event-stream", answer.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await answer.Content.ReadAsStreamAsync(limit.Token));
        Assert.Equal("retry: 3000", await reader.ReadLineAsync(limit.Token));
        Assert.Equal("event: ready", await reader.ReadLineAsync(limit.Token));

        _web.Open("Nouvelle demande pendant que la page est ouverte");

        string? line;
        while ((line = await reader.ReadLineAsync(limit.Token)) is not null && line != "event: changed")
        {
        }

        Assert.Equal("event: changed", line);
    }

    [Fact]
    public async Task Queue_AfterTheFirstRead_FollowsChangesSavesAndClosures()
    {
        var first = _web.Open("Imprimante bloquée au 3e");
        var second = _web.Open("Wi-Fi très lent en salle B");
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno);
        Assert.Contains("Imprimante bloquée au 3e", await client.GetStringAsync("/"), StringComparison.Ordinal);

        _web.Tickets.Save(first with { Status = TicketStatus.Closed, ClosedAt = DashboardFixture.Now });
        _web.Tickets.Save(second with { Description = "Wi-Fi coupé en salle B", Status = TicketStatus.AwaitingUser, AwaitingSince = DashboardFixture.Now });
        var third = _web.Open("Écran noir au démarrage");

        var html = await client.GetStringAsync("/");
        Assert.DoesNotContain("Imprimante bloquée au 3e", html, StringComparison.Ordinal);
        Assert.Contains("Wi-Fi coupé en salle B", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wi-Fi très lent", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/tickets/{third.Number}\"", html, StringComparison.Ordinal);
        Assert.Contains("Wi-Fi coupé en salle B", await client.GetStringAsync("/?filter=awaiting-user"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_OfManyTickets_IsShownAPageAtATime_WithLinksToTheOthers()
    {
        _web.Tickets.Import(Enumerable.Range(1, QueuePage.PageSize + 30).Select(i => new Ticket
        {
            RequesterId = "xmpp:alice@localhost", ReplyChannel = "xmpp", ReplyAddress = "alice@localhost", Description = $"Demande {i}",
            Type = RequestType.Incident, Priority = Priority.P3, Status = TicketStatus.New, Outcome = RequestOutcome.Ticket,
            OpenedAt = DashboardFixture.Now, UpdatedAt = DashboardFixture.Now, DetectionDueAt = DashboardFixture.Now.AddDays(1),
            DueAt = DashboardFixture.Now.AddDays(1).AddMinutes(i), DeadlineAt = DashboardFixture.Now.AddDays(2),
        }));
        using var client = await _web.SignedInAsync(DashboardFixture.Bruno, "en-GB");

        var one = await client.GetStringAsync("/");
        Assert.Equal(QueuePage.PageSize, TicketLink().Matches(one).Count);
        Assert.Contains($"{QueuePage.PageSize + 30} ticket(s)", one, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2 (tickets 1 to 200)", one, StringComparison.Ordinal);
        Assert.Contains("href=\"/?page=2\"", one, StringComparison.Ordinal);

        var two = await client.GetStringAsync("/?page=2");
        Assert.Equal(30, TicketLink().Matches(two).Count);
        Assert.Contains("Page 2 of 2 (tickets 201 to 230)", two, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", two, StringComparison.Ordinal);
        Assert.Contains("Demande 230", two, StringComparison.Ordinal); // sorted by due time: the last one due comes last
        Assert.Equal(30, TicketLink().Matches(await client.GetStringAsync("/?page=99")).Count); // past the end: the last page
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("href=\"/tickets/(\\d+)\"")]
    private static partial Regex TicketLink();
}
