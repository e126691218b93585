using System.Globalization;
using ServiceDesk.Core.Indicators;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// The indicators of seed 002 §1 for a chosen period, as SVG charts drawn here on the server (nothing loaded from
/// elsewhere): requests per day by type, SLA compliance per priority, first-contact and level-1 resolution against
/// the 80 % goal, time to resolve (business time) and satisfaction. Each chart carries its figures as text for
/// screen readers.
/// </summary>
internal static class IndicatorsPage
{
    private static readonly string[] Palette = ["#0b5cad", "#c2410c", "#15803d", "#7e22ce", "#a16207", "#be123c", "#475569"];

    public static string Render(DashboardContext desk, Technician me, DeskPhrasebook words, string? fromText, string? toText)
    {
        var now = desk.Clock.GetUtcNow();
        var zone = desk.Options.Zone();
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var fromDay = Day(fromText) ?? today.AddDays(-29);
        var toDay = Day(toText) ?? today;
        if (toDay < fromDay)
        {
            (fromDay, toDay) = (toDay, fromDay);
        }

        if ((toDay - fromDay).TotalDays > 92)
        {
            fromDay = toDay.AddDays(-92);
        }

        var from = Local(fromDay, zone);
        var to = Local(toDay.AddDays(1), zone);
        var tickets = desk.Tickets.All().Where(t => t.OpenedAt >= from && t.OpenedAt < to && desk.Options.MaySee(me, t)).ToList();
        var figures = new IndicatorCalculator(desk.Sla).Compute(tickets, from, to, now);

        var h = new Html(words);
        h.Open(h.T("Indicateurs", "Indicators"), me.Name, "indicators");
        h.Tag("h1", h.T("Indicateurs", "Indicators"));
        h.Raw("<form method=\"get\" action=\"/indicators\" class=\"search\">")
            .Raw("<label for=\"from\">").Text(h.T("Du", "From")).Raw("</label><input type=\"date\" id=\"from\" name=\"from\" ").Raw(Html.Attr("value", fromDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Raw('>')
            .Raw("<label for=\"to\">").Text(h.T("au", "to")).Raw("</label><input type=\"date\" id=\"to\" name=\"to\" ").Raw(Html.Attr("value", toDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Raw('>')
            .Raw("<button type=\"submit\">").Text(h.T("Afficher", "Show")).Raw("</button></form>");
        h.Tag("p", string.Format(CultureInfo.InvariantCulture, h.T("{0} demande(s) sur la période, {1} abandonnée(s).", "{0} request(s) in the period, {1} abandoned."), figures.Requests, figures.Abandoned));
        h.Raw("<div class=\"charts\">");
        PerDay(h, tickets, fromDay, toDay, zone);
        Compliance(h, figures);
        Goals(h, figures);
        ResolveTimes(h, desk, tickets);
        Satisfaction(h, tickets, figures);
        h.Raw("</div>");
        return h.Close();
    }

    private static DateTime? Day(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.Date : null;

    private static DateTimeOffset Local(DateTime day, TimeZoneInfo zone) => new(day, zone.GetUtcOffset(day));

    private static void Figure(Html h, string id, string title, string description, int width, int height, Action<Html> draw)
    {
        h.Raw("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ").Raw(Html.Attr("viewBox", $"0 0 {width} {height}"))
            .Raw(' ').Raw(Html.Attr("aria-labelledby", $"{id}-t {id}-d")).Raw('>')
            .Raw("<title ").Raw(Html.Attr("id", id + "-t")).Raw('>').Text(title).Raw("</title>")
            .Raw("<desc ").Raw(Html.Attr("id", id + "-d")).Raw('>').Text(description).Raw("</desc>");
        draw(h);
        h.Raw("</svg><figcaption>").Tag("strong", title).Raw("<br>").Text(description).Raw("</figcaption></figure>");
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Bar(Html h, double x, double y, double w, double height, string color) =>
        h.Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, w))}\" height=\"{N(Math.Max(0, height))}\" fill=\"{color}\"/>");

    private static void Label(Html h, double x, double y, string text, string anchor = "start") =>
        h.Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"12\" text-anchor=\"{anchor}\" fill=\"#1a1a1a\">").Text(text).Raw("</text>");

    private static void PerDay(Html h, List<Ticket> tickets, DateTime fromDay, DateTime toDay, TimeZoneInfo zone)
    {
        var days = (int)(toDay - fromDay).TotalDays + 1;
        var types = tickets.Select(t => t.Type).Distinct().OrderBy(t => t).ToList();
        var counts = new int[days, Math.Max(1, types.Count)];
        foreach (var t in tickets)
        {
            var day = (int)(TimeZoneInfo.ConvertTime(t.OpenedAt, zone).Date - fromDay).TotalDays;
            if (day >= 0 && day < days)
            {
                counts[day, types.IndexOf(t.Type)]++;
            }
        }

        var max = Math.Max(1, Enumerable.Range(0, days).Max(d => Enumerable.Range(0, types.Count).Sum(k => counts[d, k])));
        var description = string.Join(", ", types.Select(k => $"{Words.Type(k, h.Words)} : {tickets.Count(t => t.Type == k)}"));
        const int W = 480, H = 240, Left = 30, Bottom = 200, Top = 10;
        var step = (W - Left - 10) / (double)days;
        Figure(h, "perday", h.T("Demandes par jour et par type", "Requests per day by type"), description.Length > 0 ? description : h.T("Aucune demande.", "No request."), W, H, g =>
        {
            Label(g, Left - 4, Top + 10, max.ToString(CultureInfo.InvariantCulture), "end");
            Label(g, Left - 4, Bottom, "0", "end");
            for (var d = 0; d < days; d++)
            {
                var y = (double)Bottom;
                for (var k = 0; k < types.Count; k++)
                {
                    var height = counts[d, k] * (Bottom - Top) / (double)max;
                    y -= height;
                    Bar(g, Left + (d * step) + 1, y, step - 2, height, Palette[k % Palette.Length]);
                }
            }

            Label(g, Left, Bottom + 16, fromDay.ToString("dd/MM", CultureInfo.InvariantCulture));
            Label(g, W - 10, Bottom + 16, toDay.ToString("dd/MM", CultureInfo.InvariantCulture), "end");
            for (var k = 0; k < types.Count; k++)
            {
                Bar(g, Left + (k % 3 * 150), Bottom + 24 + (k / 3 * 14), 10, 10, Palette[k % Palette.Length]);
                Label(g, Left + (k % 3 * 150) + 14, Bottom + 33 + (k / 3 * 14), Words.Type(types[k], g.Words));
            }
        });
    }

    private static void Rates(Html h, string id, string title, IReadOnlyList<(string Label, double? Rate, double Goal)> rows)
    {
        var description = string.Join(" ; ", rows.Select(r => $"{r.Label} : {Words.Percent(r.Rate)} ({h.T("objectif", "goal")} {Words.Percent(r.Goal)})"));
        const int W = 480, Left = 150, Right = 60;
        var height = (rows.Count * 26) + 24;
        Figure(h, id, title, description, W, height, g =>
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var y = 8 + (i * 26);
                var span = W - Left - Right;
                Label(g, Left - 6, y + 14, rows[i].Label, "end");
                Bar(g, Left, y, span, 18, "#e5e7eb");
                var rate = rows[i].Rate ?? 0;
                Bar(g, Left, y, span * rate, 18, rate >= rows[i].Goal ? "#15803d" : "#c2410c");
                var goalX = Left + (span * rows[i].Goal);
                g.Raw($"<line x1=\"{N(goalX)}\" x2=\"{N(goalX)}\" y1=\"{y - 2}\" y2=\"{y + 20}\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
                Label(g, W - Right + 6, y + 14, Words.Percent(rows[i].Rate));
            }
        });
    }

    private static void Compliance(Html h, DeskIndicators f) =>
        Rates(h, "sla", h.T("Respect des délais (SLA) par priorité", "SLA compliance per priority"),
            [.. f.Sla.SelectMany(p => new (string, double?, double)[]
            {
                ($"{p.Priority} {h.T("prise en charge", "take charge")}", p.Detection, p.DetectionGoal),
                ($"{p.Priority} {h.T("résolution", "resolution")}", p.Resolution, p.ResolutionGoal),
            })]);

    private static void Goals(Html h, DeskIndicators f) =>
        Rates(h, "goals", h.T("Résolution au premier contact et au niveau 1 (objectif 80 %)", "First-contact and level-1 resolution (80 % goal)"),
            [(h.T("Premier contact", "First contact"), f.FirstContactResolution, f.Level1Goal), (h.T("Niveau 1", "Level 1"), f.Level1ResolutionRate, f.Level1Goal)]);

    private static void Histogram(Html h, string id, string title, IReadOnlyList<(string Label, int Count)> buckets, string? extra = null)
    {
        var description = string.Join(" ; ", buckets.Select(b => $"{b.Label} : {b.Count.ToString(CultureInfo.InvariantCulture)}")) + (extra is null ? "" : " — " + extra);
        const int W = 480, H = 200, Bottom = 170, Top = 16;
        var max = Math.Max(1, buckets.Max(b => b.Count));
        var step = (W - 20) / (double)buckets.Count;
        Figure(h, id, title, description, W, H, g =>
        {
            for (var i = 0; i < buckets.Count; i++)
            {
                var height = buckets[i].Count * (Bottom - Top) / (double)max;
                Bar(g, 10 + (i * step) + 4, Bottom - height, step - 8, height, "#0b5cad");
                Label(g, 10 + (i * step) + (step / 2), Bottom - height - 4, buckets[i].Count.ToString(CultureInfo.InvariantCulture), "middle");
                Label(g, 10 + (i * step) + (step / 2), Bottom + 16, buckets[i].Label, "middle");
            }
        });
    }

    private static void ResolveTimes(Html h, DashboardContext desk, List<Ticket> tickets)
    {
        var limits = new (TimeSpan Upto, string Label)[]
        {
            (TimeSpan.FromMinutes(10), "≤ 10 min"), (TimeSpan.FromHours(1), "≤ 1 h"), (TimeSpan.FromHours(4), "≤ 4 h"),
            (TimeSpan.FromDays(1), h.T("≤ 1 j", "≤ 1 d")), (TimeSpan.MaxValue, h.T("> 1 j", "> 1 d")),
        };
        var counts = new int[limits.Length];
        foreach (var t in tickets.Where(t => t.Outcome == RequestOutcome.Ticket))
        {
            if ((t.ResolvedAt ?? t.ClosedAt) is { } done)
            {
                var took = desk.Sla.Elapsed(t.OpenedAt, done, t.Pauses);
                counts[Array.FindIndex(limits, l => took <= l.Upto)]++;
            }
        }

        Histogram(h, "resolve", h.T("Temps de résolution (heures ouvrées)", "Time to resolve (business hours)"), [.. limits.Select((l, i) => (l.Label, counts[i]))]);
    }

    private static void Satisfaction(Html h, List<Ticket> tickets, DeskIndicators f)
    {
        var scores = Enumerable.Range(1, 5).Select(s => (s.ToString(CultureInfo.InvariantCulture) + " / 5", tickets.Count(t => t.Satisfaction == s))).ToList();
        var average = f.SatisfactionAverage is { } a ? h.T("moyenne ", "average ") + a.ToString("0.0", CultureInfo.InvariantCulture) + " / 5" : h.T("pas encore de réponse", "no answer yet");
        Histogram(h, "satisfaction", h.T("Satisfaction", "Satisfaction"), scores, average + ", " + h.T("taux de réponse ", "response rate ") + Words.Percent(f.SatisfactionResponseRate));
    }
}
