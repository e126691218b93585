using System.Globalization;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// A ticket's whole story, readable by someone who was not there (seed 002 §4.3.1: leave a trace of the diagnosis and
/// of what was done): facts, qualification, the conversation with the requester, the journal with who and when,
/// transfers and escalations, intervention reports, satisfaction.
/// </summary>
internal static class TicketPage
{
    public static string Render(DashboardContext desk, Technician me, DeskPhrasebook words, Ticket t)
    {
        var now = desk.Clock.GetUtcNow();
        var zone = desk.Options.Zone();
        var h = new Html(words);
        string When(DateTimeOffset at) => Words.When(at, zone, words);
        string Who(string actor) => actor == "bot" ? h.T("le bot", "the bot") : desk.Directory.ById(actor)?.Name ?? (actor == t.RequesterId ? DeskWords.Requester(t) : actor);

        h.Open(h.T("Ticket ", "Ticket ") + t.TicketNumber, me.Name, "ticket");
        h.Raw("<p><a href=\"/\">").Text(h.T("← Retour aux files", "← Back to the queues")).Raw("</a></p>");
        h.Raw("<p id=\"live-status\" role=\"status\" class=\"status\"></p>");
        h.Raw("<div id=\"live\" ").Raw(Html.Attr("data-updated", h.T("Mis à jour à ", "Updated at ") + TimeZoneInfo.ConvertTime(now, zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture))).Raw('>');
        h.Tag("h1", $"{h.T("Ticket", "Ticket")} {t.TicketNumber} — {DeskWords.Abbreviate(t.Description, 70)}");
        if (t.Outcome == RequestOutcome.Confidential)
        {
            h.Tag("p", h.T("Demande confidentielle : ne la mentionnez pas dans le salon.", "Confidential request: do not mention it in the room."), "class=\"tag\"");
        }

        h.Raw("<section aria-labelledby=\"s-facts\">").Tag("h2", h.T("Les faits", "Facts"), "id=\"s-facts\"").Raw("<dl>");
        Item(h, h.T("Demandeur", "Requester"), $"{DeskWords.Requester(t)} ({t.RequesterId})");
        Item(h, h.T("Canal", "Channel"), t.ReplyChannel);
        Item(h, h.T("Langue", "Language"), t.Language);
        Item(h, h.T("Demande", "Request"), t.Description);
        Item(h, h.T("Depuis", "Since"), t.Facts.SinceText ?? (t.Facts.Since is { } s ? When(s) : null));
        Item(h, h.T("Application ou matériel", "Application or device"), t.Facts.Application);
        Item(h, h.T("Message d'erreur", "Error message"), t.Facts.ErrorMessage);
        Item(h, h.T("Poste et système", "Workstation and system"), t.Facts.Environment);
        Item(h, h.T("Changement récent", "Recent change"), t.Facts.RecentChange);
        Item(h, h.T("Reproductible", "Reproducible"), t.Facts.Reproducible is { } r ? (r ? h.T("oui", "yes") : h.T("non", "no")) : null);
        Item(h, h.T("Pour qui", "For whom"), t.Facts.ForWhom);
        Item(h, h.T("Pour quand", "By when"), t.Facts.ByWhen);
        Item(h, h.T("Où", "Where"), t.Facts.Where);
        Item(h, h.T("Bénéfice attendu", "Expected benefit"), t.Facts.Benefit);
        Item(h, h.T("Articles déjà essayés", "Articles already tried"), t.TriedArticles.Count > 0 ? string.Join(", ", t.TriedArticles) : null);
        h.Raw("</dl></section>");

        var due = t.IsOpen && t.Status != TicketStatus.Resolved ? SlaClock.Current(t, now, desk.Sla) : null;
        h.Raw("<section aria-labelledby=\"s-qual\">").Tag("h2", h.T("Qualification et suivi", "Qualification and follow-up"), "id=\"s-qual\"").Raw("<dl>");
        Item(h, h.T("Type", "Type"), Words.Type(t.Type, words));
        Item(h, h.T("Impact", "Impact"), DeskWords.Impact(t.Impact, words));
        Item(h, h.T("Urgence", "Urgency"), DeskWords.Urgency(t.Urgency, words));
        Item(h, h.T("Priorité", "Priority"), t.Priority?.ToString());
        Item(h, h.T("Statut", "Status"), DeskWords.Status(t.Status, words) + (due is not null && SlaClock.IsLate(t, now, desk.Sla) ? h.T(" — en retard", " — late") : ""));
        Item(h, h.T("Niveau", "Level"), DeskWords.Level(t.Level, words));
        Item(h, h.T("Suivi par (niveau 1)", "Owner (level 1)"), t.Owner is { } o ? Who(o) : null);
        Item(h, h.T("Attribué à", "Assigned to"), t.AssignedTo is { } a ? Who(a) : t.AssignedGroup is { } g ? h.T("groupe ", "group ") + g : null);
        Item(h, h.T("Ouvert le", "Opened"), When(t.OpenedAt));
        Item(h, h.T("Pris en charge le", "Taken in charge"), t.TakenInChargeAt is { } tc ? When(tc) : null);
        Item(h, h.T("Prise en charge avant (heures ouvrées)", "Take charge by (business hours)"), due is not null && t.TakenInChargeAt is null ? When(due.DetectBy) : null);
        Item(h, h.T("Résolution avant (heures ouvrées)", "Resolve by (business hours)"), due is not null ? When(due.ResolveBy) : null);
        Item(h, h.T("Délai maximum", "Maximum delay"), due is not null ? When(due.MaximumBy) : null);
        Item(h, h.T("En attente de l'utilisateur depuis", "Awaiting the user since"), t.AwaitingSince is { } w ? When(w) : null);
        Item(h, h.T("Résolu le", "Resolved"), t.ResolvedAt is { } rs ? When(rs) : null);
        Item(h, h.T("Clôturé le", "Closed"), t.ClosedAt is { } c ? When(c) : null);
        Item(h, h.T("Solution", "Solution"), t.Solution is { } sol ? $"{sol.Text} ({Who(sol.By)}, {When(sol.At)})" : null);
        Item(h, h.T("Réouvertures", "Reopened"), t.ReopenCount > 0 ? t.ReopenCount.ToString(CultureInfo.InvariantCulture) : null);
        Item(h, h.T("Problème lié", "Linked problem"), t.Problem);
        Item(h, h.T("Suite du ticket", "Follows ticket"), t.FollowsTicket is { } f ? "#" + f.ToString(CultureInfo.InvariantCulture) : null);
        h.Raw("</dl></section>");

        h.Raw("<section aria-labelledby=\"s-conv\">").Tag("h2", h.T("Conversation avec le demandeur", "Conversation with the requester"), "id=\"s-conv\"");
        var conversation = t.Journal.Where(j => j.Kind is JournalKind.RequesterMessage or JournalKind.ReplyToRequester or JournalKind.TechnicianMessage).ToList();
        if (conversation.Count == 0)
        {
            h.Tag("p", h.T("Aucun message.", "No message."));
        }
        else
        {
            h.Raw("<ol class=\"conversation\">");
            foreach (var m in conversation)
            {
                h.Raw(m.Kind == JournalKind.RequesterMessage ? "<li class=\"them\">" : "<li class=\"us\">")
                    .Tag("p", $"{Who(m.Actor)} — {When(m.At)}", "class=\"meta\"").Tag("p", m.Text).Raw("</li>");
            }

            h.Raw("</ol>");
        }

        h.Raw("</section>");

        h.Raw("<section aria-labelledby=\"s-journal\">").Tag("h2", h.T("Journal", "Journal"), "id=\"s-journal\"");
        h.Raw("<div class=\"scroll\" role=\"region\" tabindex=\"0\" ").Raw(Html.Attr("aria-label", h.T("Journal", "Journal"))).Raw("><table><thead><tr>");
        h.Tag("th", h.T("Quand", "When"), "scope=\"col\"").Tag("th", h.T("Qui", "Who"), "scope=\"col\"").Tag("th", h.T("Quoi", "What"), "scope=\"col\"").Tag("th", h.T("Détail", "Detail"), "scope=\"col\"");
        h.Raw("</tr></thead><tbody>");
        foreach (var j in t.Journal)
        {
            h.Raw("<tr>").Tag("td", When(j.At)).Tag("td", Who(j.Actor)).Tag("td", Words.Journal(j.Kind, words)).Tag("td", j.Text).Raw("</tr>");
        }

        h.Raw("</tbody></table></div></section>");

        h.Raw("<section aria-labelledby=\"s-moves\">").Tag("h2", h.T("Transferts et escalades", "Transfers and escalations"), "id=\"s-moves\"");
        if (t.Transfers.Count == 0 && t.Escalations.Count == 0)
        {
            h.Tag("p", h.T("Aucun.", "None."));
        }
        else
        {
            h.Raw("<ul>");
            foreach (var x in t.Transfers)
            {
                var to = x.ToTechnician is { } tt ? Who(tt) : x.ToGroup is { } tg ? h.T("groupe ", "group ") + tg : "—";
                h.Tag("li", $"{When(x.At)} — {h.T("transfert", "transfer")} {DeskWords.Level(x.FromLevel, words)} → {DeskWords.Level(x.ToLevel, words)}, {to}, {h.T("par", "by")} {Who(x.By)} : {x.Reason}");
            }

            foreach (var e in t.Escalations)
            {
                h.Tag("li", $"{When(e.At)} — {h.T("escalade", "escalation")} {DeskWords.Level(e.FromLevel, words)} → {DeskWords.Level(e.ToLevel, words)}, {h.T("par", "by")} {Who(e.By)} : {e.Reason}");
            }

            h.Raw("</ul>");
        }

        h.Raw("</section>");

        h.Raw("<section aria-labelledby=\"s-reports\">").Tag("h2", h.T("Rapports d'intervention", "Intervention reports"), "id=\"s-reports\"");
        if (t.Reports.Count == 0)
        {
            h.Tag("p", h.T("Aucun rapport.", "No report."));
        }

        foreach (var rep in t.Reports)
        {
            h.Tag("h3", $"{h.T("Rapport", "Report")} {rep.Number.ToString(CultureInfo.InvariantCulture)} — {rep.TechnicianName}").Raw("<dl>");
            Item(h, h.T("Intervention", "Intervention"), $"{When(rep.Start)} → {When(rep.End)} ({rep.TimeSpentMinutes.ToString(CultureInfo.InvariantCulture)} min)");
            Item(h, h.T("Fait", "Done"), rep.Done);
            Item(h, h.T("Pièces", "Parts"), rep.Parts);
            Item(h, h.T("Suite", "Next"), rep.Next);
            Item(h, h.T("Visé par le demandeur", "Acknowledged by the requester"), rep.Acknowledged switch { true => h.T("oui", "yes"), false => h.T("non", "no"), _ => h.T("pas encore", "not yet") });
            h.Raw("</dl>");
        }

        h.Raw("</section>");

        h.Raw("<section aria-labelledby=\"s-sat\">").Tag("h2", h.T("Satisfaction", "Satisfaction"), "id=\"s-sat\"");
        h.Tag("p", t.Satisfaction is { } score
            ? $"{score.ToString(CultureInfo.InvariantCulture)} / 5" + (t.SatisfactionComment is { Length: > 0 } sc ? $" — « {sc} »" : "")
            : t.SatisfactionAskedAt is not null ? h.T("Demandée, pas encore de réponse.", "Asked, no answer yet.") : h.T("Pas encore demandée.", "Not asked yet."));
        h.Raw("</section></div>");
        return h.Close();
    }

    private static void Item(Html h, string label, string? value)
    {
        if (value is { Length: > 0 })
        {
            h.Tag("dt", label).Tag("dd", value);
        }
    }
}
