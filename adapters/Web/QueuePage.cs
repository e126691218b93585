using System.Globalization;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// The queues: open tickets as a table with seed 004's morning filters one click away ("ce qui est en retard", what
/// waits for the user, what nobody holds, mine, level 2, what was done this week), sorted by due time, with a search
/// on text and number. The filters are <c>/queue</c>'s (<see cref="SlaClock.IsLate(Ticket, SlaDeadlines?, DateTimeOffset)"/> for "late").
/// </summary>
internal static class QueuePage
{
    public static readonly string[] Filters = ["all", "late", "awaiting-user", "unassigned", "mine", "level2", "done-week"];

    /// <summary>Rows shown at once: a desk of 10,000 open tickets is read a page at a time (and stays light on a phone).</summary>
    public const int PageSize = 200;

    public static string Render(DashboardContext desk, Func<IReadOnlyList<Ticket>> current, Technician me, DeskPhrasebook words, QueueQuery query)
    {
        var now = desk.Clock.GetUtcNow();
        var zone = desk.Options.Zone();
        var filter = Filters.Contains(query.Filter) ? query.Filter! : "all";
        var (search, descending) = (query.Search, query.Descending);
        var all = Select(desk, current, me, filter, search, now);
        all = descending ? [.. all.OrderByDescending(r => r.ResolveBy ?? DateTimeOffset.MinValue).ThenByDescending(r => r.Ticket.Number)]
                         : [.. all.OrderBy(r => r.ResolveBy ?? DateTimeOffset.MaxValue).ThenBy(r => r.Ticket.Number)];
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var rows = all.Skip((page - 1) * PageSize).Take(PageSize).ToList();

        var h = new Html(words);
        h.Open(h.T("Files de tickets", "Ticket queues"), me.Name, "queues");
        h.Tag("h1", h.T("Files de tickets", "Ticket queues"));
        h.Raw("<nav aria-label=\"").Text(h.T("Filtres", "Filters")).Raw("\" class=\"filters\"><ul>");
        foreach (var f in Filters)
        {
            var href = Link(f, search, descending, 1);
            h.Raw("<li><a ").Raw(Html.Attr("href", href)).Raw(f == filter ? " aria-current=\"page\"" : "").Raw('>').Text(FilterName(f, words)).Raw("</a></li>");
        }

        h.Raw("</ul></nav>");
        h.Raw("<form method=\"get\" action=\"/\" role=\"search\" class=\"search\">")
            .Raw("<input type=\"hidden\" name=\"filter\" ").Raw(Html.Attr("value", filter)).Raw('>')
            .Raw("<label for=\"q\">").Text(h.T("Rechercher (texte ou numéro)", "Search (text or number)")).Raw("</label>")
            .Raw("<input type=\"search\" id=\"q\" name=\"q\" ").Raw(Html.Attr("value", search)).Raw('>')
            .Raw("<button type=\"submit\">").Text(h.T("Rechercher", "Search")).Raw("</button></form>");
        h.Raw("<p id=\"live-status\" role=\"status\" class=\"status\"></p>");
        h.Raw("<div id=\"live\" ").Raw(Html.Attr("data-updated", h.T("Mis à jour à ", "Updated at ") + TimeZoneInfo.ConvertTime(now, zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture))).Raw('>');
        h.Tag("p", string.Format(CultureInfo.InvariantCulture, h.T("{0} ticket(s) — {1}", "{0} ticket(s) — {1}"), all.Count, FilterName(filter, words)), "class=\"count\"");
        Pager(h, filter, search, descending, page, pages, all.Count);
        h.Raw("<div class=\"scroll\" role=\"region\" tabindex=\"0\" ").Raw(Html.Attr("aria-label", h.T("Tableau des tickets", "Tickets table"))).Raw("><table><caption>")
            .Text(FilterName(filter!, words)).Raw("</caption><thead><tr>");
        foreach (var column in new[] { h.T("N°", "No."), h.T("Demandeur", "Requester"), h.T("Canal", "Channel"), h.T("Type", "Type"), h.T("Priorité", "Priority"), h.T("Statut", "Status"), h.T("Technicien", "Technician"), h.T("Niveau", "Level"), h.T("Prise en charge avant", "Take charge by") })
        {
            h.Tag("th", column, "scope=\"col\"");
        }

        h.Raw("<th scope=\"col\" ").Raw(descending ? "aria-sort=\"descending\"" : "aria-sort=\"ascending\"").Raw("><a ").Raw(Html.Attr("href", Link(filter, search, !descending, 1)))
            .Raw('>').Text(h.T("Résolution avant", "Resolve by")).Raw(descending ? " ↓" : " ↑").Raw("<span class=\"sr\">").Text(h.T(" (changer l'ordre)", " (change order)")).Raw("</span></a></th>");
        h.Tag("th", h.T("Temps restant (heures ouvrées)", "Time left (business hours)"), "scope=\"col\"");
        h.Raw("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            Row(h, desk, row, now, zone);
        }

        h.Raw("</tbody></table></div>");
        Pager(h, filter, search, descending, page, pages, all.Count);
        if (rows.Count == 0)
        {
            h.Tag("p", h.T("Aucun ticket dans cette file.", "No ticket in this queue."), "class=\"empty\"");
        }

        h.Raw("</div>");
        return h.Close();
    }

    internal sealed record QueueRow(Ticket Ticket, DateTimeOffset? DetectBy, DateTimeOffset? ResolveBy, bool Late);

    internal static List<QueueRow> Select(DashboardContext desk, Func<IReadOnlyList<Ticket>> current, Technician me, string filter, string? search, DateTimeOffset now)
    {
        var zone = desk.Options.Zone();
        IEnumerable<Ticket> tickets;
        if (filter == "done-week")
        {
            var local = TimeZoneInfo.ConvertTime(now, zone);
            var monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
            var start = new DateTimeOffset(monday, zone.GetUtcOffset(monday));
            tickets = current().Where(t => t.Status is TicketStatus.Resolved or TicketStatus.Closed && (t.ResolvedAt ?? t.ClosedAt) >= start);
        }
        else
        {
            tickets = current().Where(t => t.Status != TicketStatus.Closed);
        }

        var id = me.Id;
        Func<Ticket, bool> keep = filter switch
        {
            "awaiting-user" => t => t.Status == TicketStatus.AwaitingUser,
            "unassigned" => t => t.AssignedTo is null && t.AssignedGroup is null,
            "mine" => t => t.AssignedTo == id || t.Owner == id || t.LiveWith == id,
            "level2" => t => t.Level >= SupportLevel.Level2,
            _ => _ => true,
        };
        var text = search?.Trim();
        int? number = text is { Length: > 0 } && int.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var rows = new List<QueueRow>();
        foreach (var t in tickets)
        {
            if (t.Outcome is not (RequestOutcome.Ticket or RequestOutcome.Confidential) || !desk.Options.MaySee(me, t) || !keep(t)
                || (text is { Length: > 0 } && t.Number != number && !Matches(t, text)))
            {
                continue;
            }

            // The due times once per ticket (precomputed on it unless it waits), and /queue's "late" on them.
            var due = t.Status is TicketStatus.Resolved or TicketStatus.Closed ? null : SlaClock.Current(t, now, desk.Sla);
            var late = SlaClock.IsLate(t, due, now);
            if (filter == "late" && !late)
            {
                continue;
            }

            rows.Add(new QueueRow(t, t.TakenInChargeAt is null ? due?.DetectBy : null, due?.ResolveBy, late));
        }

        return rows;
    }

    private static bool Matches(Ticket t, string text) =>
        t.Description.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (t.RequesterName?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || t.RequesterId.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (t.Facts.Application?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    private static void Row(Html h, DashboardContext desk, QueueRow row, DateTimeOffset now, TimeZoneInfo zone)
    {
        var t = row.Ticket;
        var p = h.Words;
        h.Raw(row.Late ? "<tr class=\"late\">" : "<tr>");
        h.Raw("<th scope=\"row\"><a ").Raw(Html.Attr("href", $"/tickets/{t.Number.ToString(CultureInfo.InvariantCulture)}")).Raw('>')
            .Text(t.TicketNumber.ToString()).Raw("</a>");
        if (t.Outcome == RequestOutcome.Confidential)
        {
            h.Raw(" <span class=\"tag\">").Text(h.T("confidentiel", "confidential")).Raw("</span>");
        }

        h.Raw("<div class=\"desc\">").Text(DeskWords.Abbreviate(t.Description, 80)).Raw("</div></th>");
        h.Tag("td", DeskWords.Requester(t));
        h.Tag("td", t.ReplyChannel is { Length: > 0 } c ? c : "—");
        h.Tag("td", Words.Type(t.Type, p));
        h.Tag("td", t.Priority?.ToString() ?? "—");
        h.Tag("td", DeskWords.Status(t.Status, p));
        h.Tag("td", t.AssignedTo is { } a ? desk.Directory.ById(a)?.Name ?? a : t.AssignedGroup is { } g ? h.T("groupe ", "group ") + g : h.T("personne", "nobody"));
        h.Tag("td", DeskWords.Level(t.Level, p));
        h.Tag("td", row.DetectBy is { } d ? DeskWords.Time(d, now, zone) : "—");
        h.Tag("td", row.ResolveBy is { } r ? DeskWords.Time(r, now, zone) : "—");
        if (row.ResolveBy is not { } by)
        {
            h.Tag("td", "—");
        }
        else if (row.Late || by <= now)
        {
            h.Raw("<td><strong>").Text(h.T("En retard", "Late")).Raw("</strong>");
            if (by <= now)
            {
                h.Text(" (" + Words.Span(desk.Sla.Elapsed(by, now, []), p) + ")");
            }

            h.Raw("</td>");
        }
        else
        {
            h.Tag("td", Words.Span(desk.Sla.Elapsed(now, by, []), p));
        }

        h.Raw("</tr>");
    }

    /// <summary>"Page 2 of 50" with the previous and next pages, when there is more than one.</summary>
    private static void Pager(Html h, string filter, string? search, bool descending, int page, int pages, int count)
    {
        if (pages <= 1)
        {
            return;
        }

        var first = ((page - 1) * PageSize) + 1;
        var last = Math.Min(page * PageSize, count);
        h.Raw("<nav class=\"pager\" ").Raw(Html.Attr("aria-label", h.T("Pages du tableau", "Table pages"))).Raw("><ul>");
        if (page > 1)
        {
            h.Raw("<li><a rel=\"prev\" ").Raw(Html.Attr("href", Link(filter, search, descending, page - 1))).Raw('>').Text(h.T("← Précédents", "← Previous")).Raw("</a></li>");
        }

        h.Raw("<li>").Text(string.Format(CultureInfo.InvariantCulture, h.T("Page {0} sur {1} (tickets {2} à {3})", "Page {0} of {1} (tickets {2} to {3})"), page, pages, first, last)).Raw("</li>");
        if (page < pages)
        {
            h.Raw("<li><a rel=\"next\" ").Raw(Html.Attr("href", Link(filter, search, descending, page + 1))).Raw('>').Text(h.T("Suivants →", "Next →")).Raw("</a></li>");
        }

        h.Raw("</ul></nav>");
    }

    private static string Link(string filter, string? search, bool descending, int page)
    {
        var query = new List<string>();
        if (filter != "all")
        {
            query.Add("filter=" + Uri.EscapeDataString(filter));
        }

        if (search is { Length: > 0 })
        {
            query.Add("q=" + Uri.EscapeDataString(search));
        }

        if (descending)
        {
            query.Add("sort=-due");
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? "/" : "/?" + string.Join('&', query);
    }

    public static string FilterName(string filter, DeskPhrasebook p) => filter switch
    {
        "late" => p.Text("En retard", "Late"),
        "awaiting-user" => p.Text("En attente de l'utilisateur", "Awaiting the user"),
        "unassigned" => p.Text("Non attribués", "Unassigned"),
        "mine" => p.Text("Les miens", "Mine"),
        "level2" => p.Text("Niveau 2", "Level 2"),
        "done-week" => p.Text("Terminés cette semaine", "Done this week"),
        _ => p.Text("Tous les ouverts", "All open"),
    };
}

/// <summary>What the address asks: a filter, a search, the order and the page (from 1).</summary>
internal sealed record QueueQuery(string? Filter, string? Search, bool Descending, int Page)
{
    public static int PageOf(string? page) =>
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
}
