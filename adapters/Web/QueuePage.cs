using System.Globalization;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// The queues: open tickets as a table with seed 004's morning filters one click away ("ce qui est en retard", what
/// waits for the user, what nobody holds, mine, level 2, what was done this week), sorted by due time, with a search
/// on text and number. The filters are <c>/queue</c>'s (<see cref="SlaClock.IsLate"/> for "late").
/// </summary>
internal static class QueuePage
{
    public static readonly string[] Filters = ["all", "late", "awaiting-user", "unassigned", "mine", "level2", "done-week"];

    public static string Render(DashboardContext desk, Technician me, DeskPhrasebook words, string? filter, string? search, bool descending)
    {
        var now = desk.Clock.GetUtcNow();
        var zone = desk.Options.Zone();
        filter = Filters.Contains(filter) ? filter : "all";
        var rows = Select(desk, me, filter!, search, now, zone);
        rows = descending ? [.. rows.OrderByDescending(r => r.ResolveBy ?? DateTimeOffset.MinValue).ThenByDescending(r => r.Ticket.Number)]
                          : [.. rows.OrderBy(r => r.ResolveBy ?? DateTimeOffset.MaxValue).ThenBy(r => r.Ticket.Number)];

        var h = new Html(words);
        h.Open(h.T("Files de tickets", "Ticket queues"), me.Name, "queues");
        h.Tag("h1", h.T("Files de tickets", "Ticket queues"));
        h.Raw("<nav aria-label=\"").Text(h.T("Filtres", "Filters")).Raw("\" class=\"filters\"><ul>");
        foreach (var f in Filters)
        {
            var href = Link(f, search, descending);
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
        h.Tag("p", string.Format(CultureInfo.InvariantCulture, h.T("{0} ticket(s) — {1}", "{0} ticket(s) — {1}"), rows.Count, FilterName(filter!, words)), "class=\"count\"");
        h.Raw("<div class=\"scroll\" role=\"region\" tabindex=\"0\" ").Raw(Html.Attr("aria-label", h.T("Tableau des tickets", "Tickets table"))).Raw("><table><caption>")
            .Text(FilterName(filter!, words)).Raw("</caption><thead><tr>");
        foreach (var column in new[] { h.T("N°", "No."), h.T("Demandeur", "Requester"), h.T("Canal", "Channel"), h.T("Type", "Type"), h.T("Priorité", "Priority"), h.T("Statut", "Status"), h.T("Technicien", "Technician"), h.T("Niveau", "Level"), h.T("Prise en charge avant", "Take charge by") })
        {
            h.Tag("th", column, "scope=\"col\"");
        }

        h.Raw("<th scope=\"col\" ").Raw(descending ? "aria-sort=\"descending\"" : "aria-sort=\"ascending\"").Raw("><a ").Raw(Html.Attr("href", Link(filter!, search, !descending)))
            .Raw('>').Text(h.T("Résolution avant", "Resolve by")).Raw(descending ? " ↓" : " ↑").Raw("<span class=\"sr\">").Text(h.T(" (changer l'ordre)", " (change order)")).Raw("</span></a></th>");
        h.Tag("th", h.T("Temps restant (heures ouvrées)", "Time left (business hours)"), "scope=\"col\"");
        h.Raw("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            Row(h, desk, row, now, zone);
        }

        h.Raw("</tbody></table></div>");
        if (rows.Count == 0)
        {
            h.Tag("p", h.T("Aucun ticket dans cette file.", "No ticket in this queue."), "class=\"empty\"");
        }

        h.Raw("</div>");
        return h.Close();
    }

    internal sealed record QueueRow(Ticket Ticket, DateTimeOffset? DetectBy, DateTimeOffset? ResolveBy, bool Late);

    internal static List<QueueRow> Select(DashboardContext desk, Technician me, string filter, string? search, DateTimeOffset now, TimeZoneInfo zone)
    {
        IEnumerable<Ticket> tickets;
        if (filter == "done-week")
        {
            var local = TimeZoneInfo.ConvertTime(now, zone);
            var monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
            var start = new DateTimeOffset(monday, zone.GetUtcOffset(monday));
            tickets = desk.Tickets.All().Where(t => t.Status is TicketStatus.Resolved or TicketStatus.Closed && (t.ResolvedAt ?? t.ClosedAt) >= start);
        }
        else
        {
            tickets = desk.Tickets.OpenTickets();
        }

        var id = me.Id;
        Func<Ticket, bool> keep = filter switch
        {
            "late" => t => SlaClock.IsLate(t, now, desk.Sla),
            "awaiting-user" => t => t.Status == TicketStatus.AwaitingUser,
            "unassigned" => t => t.AssignedTo is null && t.AssignedGroup is null,
            "mine" => t => t.AssignedTo == id || t.Owner == id || t.LiveWith == id,
            "level2" => t => t.Level >= SupportLevel.Level2,
            _ => _ => true,
        };
        var text = search?.Trim();
        int? number = text is { Length: > 0 } && int.TryParse(text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return [.. tickets
            .Where(t => t.Outcome is RequestOutcome.Ticket or RequestOutcome.Confidential && desk.Options.MaySee(me, t))
            .Where(keep)
            .Where(t => text is not { Length: > 0 } || t.Number == number || Matches(t, text))
            .Select(t =>
            {
                var due = t.Status is TicketStatus.Resolved or TicketStatus.Closed ? null : SlaClock.Current(t, now, desk.Sla);
                return new QueueRow(t, t.TakenInChargeAt is null ? due?.DetectBy : null, due?.ResolveBy, due is not null && SlaClock.IsLate(t, now, desk.Sla));
            })];
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

    private static string Link(string filter, string? search, bool descending)
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
