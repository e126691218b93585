using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// The desk lead's web page, served by the bot itself with Kestrel (issue 16). Read-only: only GET is answered, so
/// nothing here needs an anti-forgery token yet; an action added later must use POST with one. Every answer carries
/// a Content-Security-Policy allowing scripts from this server only (there is no inline script), and is not cached.
/// </summary>
public sealed class DashboardServer : IHostedService, IAsyncDisposable
{
    public const string CookieName = "sd_session";

    private const string Csp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private readonly DashboardContext _desk;
    private readonly DashboardOptions _options;
    private readonly SignInLinks _links;
    private readonly DashboardSessions _sessions;
    private readonly ILogger _log;
    private WebApplication? _app;

    public DashboardServer(DashboardContext desk, DashboardOptions options, SignInLinks links, ILogger<DashboardServer>? log = null)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(options);
        (_desk, _options, _links) = (desk, options, links);
        _sessions = new DashboardSessions(options);
        _log = (ILogger?)log ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }

    /// <summary>The first address Kestrel listens on, once started (the real port when 0 was asked).</summary>
    public string? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DashboardServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(_options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var app = builder.Build();
        Map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Another process holds the port: the bot serves its chat anyway, and /dashboard says the page is off.
            _links.Serving = false;
            _log.LogWarning(e, "The dashboard could not listen on {Urls}; the page is off", _options.Urls);
            await app.DisposeAsync().ConfigureAwait(false);
            return;
        }

        _app = app;
        Address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (Address is not null)
        {
            _links.Listening(Address);
        }

        _log.LogInformation("Dashboard listening on {Address}; sign-in links point to {LinkBase}", Address, _options.LinkBase(Address));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    private void Map(WebApplication app)
    {
        var mirror = new TicketMirror(_desk.Tickets, _desk.Clock);
        _ = mirror.Warm();
        var feed = new ChangeFeed(mirror, _desk.Clock, _options.LivePollInterval);
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Csp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        app.MapGet("/live.js", () => Asset("live.js", "text/javascript; charset=utf-8"));
        app.MapGet("/dashboard.css", () => Asset("dashboard.css", "text/css; charset=utf-8"));
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/signin/{token}", (HttpContext context, string token) => SignIn(context, token));
        app.MapGet("/", (HttpContext context, string? filter, string? q, string? sort, string? page) =>
            Page(context, (me, words) => Results.Content(
                QueuePage.Render(_desk, () => mirror.Refresh().Tickets, me, words, new QueueQuery(filter, q, sort == "-due", QueueQuery.PageOf(page))),
                "text/html; charset=utf-8")));
        app.MapGet("/tickets/{number:int}", (HttpContext context, int number) => Page(context, (me, words) =>
            _desk.Tickets.Find(new TicketNumber(number)) is { Outcome: RequestOutcome.Ticket or RequestOutcome.Confidential } t && _desk.Options.MaySee(me, t)
                ? Results.Content(TicketPage.Render(_desk, me, words, t), "text/html; charset=utf-8")
                : Plain(words, StatusCodes.Status404NotFound, words.Text("Ticket introuvable", "Ticket not found"),
                    words.Text($"Il n'y a pas de ticket n° {number} que vous puissiez voir.", $"There is no ticket #{number} you may see."), me.Name)));
        app.MapGet("/indicators", (HttpContext context, string? from, string? to) =>
            Page(context, (me, words) => Results.Content(IndicatorsPage.Render(_desk, me, words, from, to), "text/html; charset=utf-8")));
        app.MapGet("/events", (HttpContext context) => Events(context, feed));
        app.MapFallback((HttpContext context) =>
        {
            var words = Language(context);
            return Plain(words, StatusCodes.Status404NotFound, words.Text("Page introuvable", "Page not found"), words.Text("Cette page n'existe pas.", "This page does not exist."), null);
        });
    }

    private IResult SignIn(HttpContext context, string token)
    {
        var words = Language(context);
        var now = _desk.Clock.GetUtcNow();
        if (_links.Consume(token, now) is not { } id || _desk.Directory.ById(id) is null)
        {
            return Plain(words, StatusCodes.Status403Forbidden, words.Text("Lien expiré", "Link expired"),
                words.Text("Ce lien a expiré ou a déjà servi. Demandez-en un nouveau au bot en lui écrivant /dashboard.",
                           "This link has expired or was already used. Ask the bot for a new one by writing /dashboard."), null);
        }

        var session = _sessions.Open(id, now);
        context.Response.Cookies.Append(CookieName, session, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps || _options.PublicUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase),
            Path = "/",
            MaxAge = _options.SessionLifetime,
        });
        return Results.Redirect("/", permanent: false);
    }

    private IResult Page(HttpContext context, Func<Technician, DeskPhrasebook, IResult> render)
    {
        var words = Language(context);
        return SignedIn(context) is { } me ? render(me, words) : SignInRequired(words);
    }

    private Technician? SignedIn(HttpContext context) =>
        _sessions.Find(context.Request.Cookies[CookieName], _desk.Clock.GetUtcNow()) is { } id ? _desk.Directory.ById(id) : null;

    private static IResult SignInRequired(DeskPhrasebook words) =>
        Plain(words, StatusCodes.Status401Unauthorized, words.Text("Connexion requise", "Sign-in required"),
            words.Text("Cette page est réservée aux techniciens. Écrivez /dashboard au bot : il vous enverra un lien de connexion.",
                       "This page is for technicians. Write /dashboard to the bot: it will send you a sign-in link."), null);

    private async Task Events(HttpContext context, ChangeFeed feed)
    {
        if (SignedIn(context) is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var aborted = context.RequestAborted;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var body = context.Response.Body;
        var last = feed.Current();
        await Write(body, "retry: 3000\nevent: ready\ndata: on\n\n", aborted).ConfigureAwait(false);
        var quiet = TimeSpan.Zero;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                await Task.Delay(feed.Interval, _desk.Clock, aborted).ConfigureAwait(false);
                var current = feed.Current();
                quiet += feed.Interval;
                if (current != last)
                {
                    last = current;
                    quiet = TimeSpan.Zero;
                    await Write(body, string.Create(CultureInfo.InvariantCulture, $"event: changed\ndata: {current}\n\n"), aborted).ConfigureAwait(false);
                }
                else if (quiet >= TimeSpan.FromSeconds(15))
                {
                    quiet = TimeSpan.Zero;
                    await Write(body, ": keep-alive\n\n", aborted).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The page was closed.
        }
    }

    private static async Task Write(Stream body, string text, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
        await body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static IResult Plain(DeskPhrasebook words, int status, string title, string message, string? signedInAs)
    {
        var h = new Html(words);
        h.Open(title, signedInAs, "");
        h.Tag("h1", title).Tag("p", message);
        return Results.Content(h.Close(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>French unless the browser prefers English (Accept-Language, by quality).</summary>
    internal static DeskPhrasebook Language(HttpContext context)
    {
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("fr", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred is not null && preferred.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? DeskPhrasebook.English : DeskPhrasebook.French;
    }

    private static IResult Asset(string name, string contentType)
    {
        using var stream = typeof(DashboardServer).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing asset {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Results.Text(reader.ReadToEnd(), contentType, Encoding.UTF8);
    }
}
