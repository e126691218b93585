using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The desk's web page, the whole path (issue 16): <c>/dashboard</c> over Prosody → the link in Debian's Chromium →
/// the queues → the "late" filter shows the late ticket and not the others → open it → the journal is there → a new
/// ticket opened over XMPP appears without a reload. Screenshots go to the test output's <c>screenshots/</c>.
/// </summary>
public sealed partial class DashboardEndToEndTests : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(
        ["alice", "eve", "bruno"],
        desk =>
        [
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Level=1", $"--Technicians:0:Xmpp={desk.Jid("bruno")}",
            "--Dashboard:Urls=http://127.0.0.1:0", "--Dashboard:LivePollInterval=00:00:00.300",
        ]);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task DashboardOverProsody_Link_LateFilter_Journal_AndALiveArrival()
    {
        Ticket late;
        using (var database = new ServiceDeskDatabase(_desk.Bot.StoragePath))
        {
            var now = TimeProvider.System.GetUtcNow();
            var store = new TicketStore(database);
            store.Import([new Ticket
            {
                RequesterId = "xmpp:carole@localhost", ReplyChannel = "xmpp", ReplyAddress = "carole@localhost", RequesterName = "Carole",
                Description = "Le serveur de fichiers est inaccessible", Type = RequestType.Incident, Priority = Priority.P2, Status = TicketStatus.New,
                Outcome = RequestOutcome.Ticket, OpenedAt = now.AddHours(-5), UpdatedAt = now.AddHours(-5), AnnouncedAt = now.AddHours(-5),
                DetectionDueAt = now.AddHours(-4), DueAt = now.AddHours(-4), DeadlineAt = now.AddHours(-3),
                Journal = [new JournalEntry(now.AddHours(-5), "xmpp:carole@localhost", JournalKind.RequesterMessage, "Le serveur de fichiers est inaccessible")],
            }]);
            late = store.Find(new TicketNumber(store.LastNumber()))!;
        }

        await using var bruno = _desk.Person("bruno");
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin");
        var onTime = int.Parse(TicketNumber().Match(await alice.ExpectAsync("#")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await bruno.SayAsync("/dashboard");
        var link = SignInLink().Match(await bruno.ExpectAsync("/signin/", "5 minutes")).Value;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Files de tickets" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("e2e-1-queues"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "En retard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = late.TicketNumber.ToString(), Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"#{onTime}", Exact = true })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshot("e2e-2-late"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = late.TicketNumber.ToString(), Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Journal", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Le serveur de fichiers est inaccessible" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("e2e-3-ticket"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Files", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-live", "on");
        await using var eve = _desk.Person("eve");
        await eve.SayAsync("Je veux parler à un technicien : l'imprimante du 2e étage n'imprime plus rien depuis ce matin");
        var arrived = int.Parse(TicketNumber().Match(await eve.ExpectAsync("#")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"#{arrived}", Exact = true })).ToBeVisibleAsync(new() { Timeout = 15000 });
        Assert.NotNull(await page.Locator("html").GetAttributeAsync("data-live-refreshes")); // swapped in place, not reloaded
        await page.ScreenshotAsync(new() { Path = Screenshot("e2e-4-live"), FullPage = true });
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    [GeneratedRegex(@"https?://[^\s]+/signin/[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex TicketNumber();
}
