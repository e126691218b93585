using System.Text;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>A ticket as technicians read it: the room's short summary and <c>/show</c>'s full sheet, in French or English.</summary>
public static class TicketSheet
{
    /// <summary>
    /// The room's notice for a new ticket: who, what, since when, impact, urgency, priority, SLA due time, and how to
    /// see the facts (<c>/show N</c>). The room is shared: without <paramref name="phrases"/>, in French.
    /// </summary>
    public static string Summary(Ticket ticket, DateTimeOffset now, TimeZoneInfo zone, DeskPhrasebook? phrases = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var p = phrases ?? DeskPhrasebook.French;
        var since = ticket.Facts.SinceText ?? (ticket.Facts.Since is { } s ? DeskWords.Time(s, now, zone) : p.Text("non précisé", "not given"));
        var due = ticket.DueAt is { } at ? DeskWords.Time(at, now, zone) : "—";
        var human = ticket.HumanRequested ? p.Text(" · demande à parler à quelqu'un", " · asks to talk to someone") : "";
        return p.Text($"Nouveau ticket {ticket.TicketNumber} · {ticket.Priority} · échéance {due}{human}\n", $"New ticket {ticket.TicketNumber} · {ticket.Priority} · due {due}{human}\n")
            + p.Text("Qui : ", "Who: ") + DeskWords.Requester(ticket) + "\n"
            + p.Text($"Quoi : « {DeskWords.Abbreviate(ticket.Description, 120)} »", $"What: \"{DeskWords.Abbreviate(ticket.Description, 120)}\"")
            + (ticket.Facts.Application is { } app ? $" ({app})" : "") + "\n"
            + p.Text($"Depuis : {since} · impact : {DeskWords.Impact(ticket.Impact, p)} · urgence : {DeskWords.Urgency(ticket.Urgency, p)}\n", $"Since: {since} · impact: {DeskWords.Impact(ticket.Impact, p)} · urgency: {DeskWords.Urgency(ticket.Urgency, p)}\n")
            + p.Text($"Détails : /show {ticket.Number} · prendre en charge : /take {ticket.Number}", $"Details: /show {ticket.Number} · take it: /take {ticket.Number}");
    }

    /// <summary>Everything a technician needs before acting.</summary>
    public static string Describe(Ticket ticket, DateTimeOffset now, TimeZoneInfo zone, Func<string?, string> nameOf, DeskPhrasebook? phrases = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(nameOf);
        var p = phrases ?? DeskPhrasebook.French;
        string T(DateTimeOffset at) => DeskWords.Time(at, now, zone);
        var f = ticket.Facts;
        var secret = ticket.Outcome == RequestOutcome.Confidential ? p.Text(" · confidentiel", " · confidential") : "";
        var text = new StringBuilder()
            .Append($"{ticket.TicketNumber} · {ticket.Type} · {ticket.Priority} · {DeskWords.Status(ticket.Status, p)} · {DeskWords.Level(ticket.Level, p)}{secret}\n")
            .Append(p.Text($"Demandeur : {DeskWords.Requester(ticket)} · ouvert {T(ticket.OpenedAt)}", $"Requester: {DeskWords.Requester(ticket)} · opened {T(ticket.OpenedAt)}"))
            .Append(ticket.TakenInChargeAt is null && ticket.DetectionDueAt is { } detect ? p.Text(" · prise en charge avant ", " · take charge by ") + T(detect) : "")
            .Append(ticket.DueAt is { } due ? p.Text(" · échéance ", " · due ") + T(due) : "")
            .Append(ticket.DeadlineAt is { } max ? p.Text(" · délai maximum ", " · maximum delay ") + T(max) : "")
            .Append(ticket.AwaitingSince is { } paused ? p.Text(" · horloges SLA arrêtées depuis ", " · SLA clocks stopped since ") + T(paused) + p.Text(" (attente du demandeur)", " (waiting for the requester)") : "")
            .Append(ticket.Satisfaction is { } score ? p.Text(" · satisfaction ", " · satisfaction ") + score + "/5" : "").Append('\n')
            .Append(p.Text("Description : ", "Description: ")).Append(ticket.Description).Append('\n')
            .Append(p.Text(
                $"Depuis : {f.SinceText ?? "?"} · application : {f.Application ?? "?"} · message d'erreur : {f.ErrorMessage ?? "?"}\n",
                $"Since: {f.SinceText ?? "?"} · application: {f.Application ?? "?"} · error message: {f.ErrorMessage ?? "?"}\n"))
            .Append(p.Text(
                $"Environnement : {f.Environment ?? "?"} · changement récent : {f.RecentChange ?? "?"} · reproductible : {Yes(f.Reproducible, p)}\n",
                $"Environment: {f.Environment ?? "?"} · recent change: {f.RecentChange ?? "?"} · reproducible: {Yes(f.Reproducible, p)}\n"))
            .Append(p.Text(
                $"Impact : {DeskWords.Impact(ticket.Impact)} · urgence : {DeskWords.Urgency(ticket.Urgency)}\n",
                $"Impact: {DeskWords.Impact(ticket.Impact, p)} · urgency: {DeskWords.Urgency(ticket.Urgency, p)}\n"));
        Holders(text, ticket, nameOf, p);
        Articles(text, ticket, p);
        History(text, ticket, T, nameOf, p);
        text.Append(p.Text("Journal (derniers échanges) :", "Journal (latest exchanges):"));
        foreach (var j in ticket.Journal.TakeLast(6))
        {
            text.Append($"\n  {T(j.At)} {j.Actor} [{j.Kind}] {DeskWords.Abbreviate(j.Text, 100)}");
        }

        return text.ToString();
    }

    private static void Holders(StringBuilder text, Ticket ticket, Func<string?, string> nameOf, DeskPhrasebook p)
    {
        var assigned = ticket.AssignedTo is { } a ? nameOf(a) : ticket.AssignedGroup ?? p.Text("personne", "nobody");
        text.Append(p.Text($"Responsable (niveau 1) : {nameOf(ticket.Owner)} · attribué à : {assigned}", $"Owner (level 1): {nameOf(ticket.Owner)} · assigned to: {assigned}"))
            .Append(ticket.LiveWith is { } live ? p.Text(" · en conversation avec ", " · in conversation with ") + nameOf(live) : "").Append('\n');
    }

    private static void Articles(StringBuilder text, Ticket ticket, DeskPhrasebook p)
    {
        if (ticket.TriedArticles.Count > 0)
        {
            text.Append(p.Text("Erreurs connues déjà essayées : ", "Known errors already tried: ")).Append(string.Join(", ", ticket.TriedArticles)).Append('\n');
        }

        if (ticket.LinkedArticles.Count > 0 || ticket.Problem is not null)
        {
            text.Append(ticket.LinkedArticles.Count > 0 ? p.Text("Articles liés : ", "Linked articles: ") + string.Join(", ", ticket.LinkedArticles) : "")
                .Append(ticket.LinkedArticles.Count > 0 && ticket.Problem is not null ? " · " : "")
                .Append(ticket.Problem is { } problem ? p.Text("Problème : ", "Problem: ") + problem : "").Append('\n');
        }
    }

    /// <summary>Transfers, escalations, the solution and the intervention reports.</summary>
    private static void History(StringBuilder text, Ticket ticket, Func<DateTimeOffset, string> T, Func<string?, string> nameOf, DeskPhrasebook p)
    {
        foreach (var t in ticket.Transfers)
        {
            var to = t.ToGroup ?? nameOf(t.ToTechnician);
            text.Append(p.Text($"Transfert {T(t.At)} par {nameOf(t.By)} vers {to} ({DeskWords.Level(t.ToLevel)}) : {t.Reason}\n", $"Transfer {T(t.At)} by {nameOf(t.By)} to {to} ({DeskWords.Level(t.ToLevel, p)}): {t.Reason}\n"));
        }

        foreach (var e in ticket.Escalations)
        {
            text.Append(p.Text($"Escalade {T(e.At)} par {nameOf(e.By)} vers le {DeskWords.Level(e.ToLevel)} : {e.Reason}\n", $"Escalation {T(e.At)} by {nameOf(e.By)} to {DeskWords.Level(e.ToLevel, p)}: {e.Reason}\n"));
        }

        if (ticket.Solution is { } s)
        {
            var kind = s.Kind == SolutionKind.Definitive ? p.Text("définitive", "definitive") : p.Text("temporaire", "temporary");
            text.Append(p.Text($"Solution {kind} ({nameOf(s.By)}, {T(s.At)}) : {s.Text}\n", $"{kind} solution ({nameOf(s.By)}, {T(s.At)}): {s.Text}\n"));
        }

        foreach (var r in ticket.Reports)
        {
            text.Append(p.Text(
                $"Compte rendu {r.Number} : {r.TechnicianName}, {T(r.Start)}–{T(r.End)} ({r.TimeSpentMinutes} min) · {r.Done} · pièces : {r.Parts} · suite : {r.Next}\n",
                $"Report {r.Number}: {r.TechnicianName}, {T(r.Start)}–{T(r.End)} ({r.TimeSpentMinutes} min) · {r.Done} · parts: {r.Parts} · next: {r.Next}\n"));
        }
    }

    private static string Yes(bool? value, DeskPhrasebook p) => value switch { true => p.Text("oui", "yes"), false => p.Text("non", "no"), null => "?" };
}
