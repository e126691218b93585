using Microsoft.Playwright;

namespace ServiceDesk.Adapters.Web.Tests;

/// <summary>The dashboard in a real browser (Chromium): sign in by link, filter, open a ticket, see a new one arrive live.</summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private DashboardFixture _web = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _web = await DashboardFixture.StartAsync();
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _web.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_LateFilter_Ticket_AndANewTicketAppearsWithoutReload()
    {
        var late = _web.Open("Le serveur de fichiers est inaccessible", late: true);
        var onTime = _web.Open("La souris accroche un peu");
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        var signIn = await page.GotoAsync(_web.Links.Issue(DashboardFixture.Bruno, DashboardFixture.Now)!.ToString());
        Assert.Equal(200, signIn!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Files de tickets" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Chromium.Screenshot("1-queues"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "En retard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "En retard", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = late.TicketNumber.ToString() })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = onTime.TicketNumber.ToString() })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Chromium.Screenshot("2-late"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = late.TicketNumber.ToString() }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Journal", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Le serveur de fichiers est inaccessible" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Chromium.Screenshot("3-ticket"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Files", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-live", "on");
        await page.GetByLabel("Rechercher (texte ou numéro)").FillAsync("en cours de frappe");
        var arrived = _web.Open("Nouvelle demande arrivée pendant la lecture");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = arrived.TicketNumber.ToString() })).ToBeVisibleAsync(new() { Timeout = 15000 });
        Assert.Equal("1", await page.Locator("html").GetAttributeAsync("data-live-refreshes") is { } n && int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) >= 1 ? "1" : "0");
        await Assertions.Expect(page.GetByLabel("Rechercher (texte ou numéro)")).ToHaveValueAsync("en cours de frappe"); // the live update left the search box alone
        await page.ScreenshotAsync(new() { Path = Chromium.Screenshot("4-live"), FullPage = true });

        await page.GotoAsync(new Uri(_web.BaseAddress, "/indicators").ToString());
        await Assertions.Expect(page.Locator("svg[role=img]")).ToHaveCountAsync(5);
        await page.ScreenshotAsync(new() { Path = Chromium.Screenshot("5-indicators"), FullPage = true });
        Assert.Empty(errors); // no CSP violation, no script error
    }

    [Fact]
    public async Task PhoneWidth_NoSidewaysScrolling_AndTheKeyboardReachesTheContentFirst()
    {
        _web.Open("Téléphone : la messagerie ne se synchronise plus depuis ce matin, avec un message d'erreur assez long");
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB", ViewportSize = new ViewportSize { Width = 375, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_web.Links.Issue(DashboardFixture.Bruno, DashboardFixture.Now)!.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ticket queues" })).ToBeVisibleAsync();

        var wide = await page.EvaluateAsync<string>(
            "() => document.documentElement.scrollWidth <= window.innerWidth + 1 ? '' : " +
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll, .skip')).map(e => e.tagName + '.' + e.className).join(' ')");
        Assert.True(wide.Length == 0, "Wider than the phone: " + wide);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.ScreenshotAsync(new() { Path = Chromium.Screenshot("6-phone"), FullPage = true });
    }

    [Fact]
    public async Task UsedLink_ShowsThePlainExpiredPage()
    {
        var link = _web.Links.Issue(DashboardFixture.Bruno, DashboardFixture.Now)!.ToString();
        await using var first = await _browser.NewContextAsync();
        await (await first.NewPageAsync()).GotoAsync(link);
        await using var second = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await second.NewPageAsync();

        var answer = await page.GotoAsync(link);

        Assert.Equal(403, answer!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lien expiré" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Chromium.Screenshot("7-expired") });
    }
}
