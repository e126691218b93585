using System.Text;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>A ticket as technicians read it: the room's short summary and <c>/show</c>'s full sheet.</summary>
public static class TicketSheet
{
    /// <summary>
    /// The room's notice for a new ticket: who, what, since when, impact, urgency, priority, SLA due time, and how to
    /// see the facts (<c>/show N</c>).
    /// </summary>
    public static string Summary(Ticket ticket, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var since = ticket.Facts.SinceText ?? (ticket.Facts.Since is { } s ? DeskWords.Time(s, now, zone) : "non précisé");
        var due = ticket.DueAt is { } at ? DeskWords.Time(at, now, zone) : "—";
        var human = ticket.HumanRequested ? " · demande à parler à quelqu'un" : "";
        return $"Nouveau ticket {ticket.TicketNumber} · {ticket.Priority} · échéance {due}{human}\n"
            + $"Qui : {DeskWords.Requester(ticket)}\n"
            + $"Quoi : « {DeskWords.Abbreviate(ticket.Description, 120)} »"
            + (ticket.Facts.Application is { } app ? $" ({app})" : "") + "\n"
            + $"Depuis : {since} · impact : {DeskWords.Impact(ticket.Impact)} · urgence : {DeskWords.Urgency(ticket.Urgency)}\n"
            + $"Détails : /show {ticket.Number} · prendre en charge : /take {ticket.Number}";
    }

    /// <summary>Everything a technician needs before acting.</summary>
    public static string Describe(Ticket ticket, DateTimeOffset now, TimeZoneInfo zone, Func<string?, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(nameOf);
        string T(DateTimeOffset at) => DeskWords.Time(at, now, zone);
        var f = ticket.Facts;
        var text = new StringBuilder()
            .Append($"{ticket.TicketNumber} · {ticket.Type} · {ticket.Priority} · {DeskWords.Status(ticket.Status)} · {DeskWords.Level(ticket.Level)}\n")
            .Append($"Demandeur : {DeskWords.Requester(ticket)} · ouvert {T(ticket.OpenedAt)}")
            .Append(ticket.TakenInChargeAt is null && ticket.DetectionDueAt is { } detect ? $" · prise en charge avant {T(detect)}" : "")
            .Append(ticket.DueAt is { } due ? $" · échéance {T(due)}" : "").Append(ticket.DeadlineAt is { } max ? $" · délai maximum {T(max)}" : "")
            .Append(ticket.AwaitingSince is { } paused ? $" · horloges SLA arrêtées depuis {T(paused)} (attente du demandeur)" : "")
            .Append(ticket.Satisfaction is { } score ? $" · satisfaction {score}/5" : "").Append('\n')
            .Append($"Description : {ticket.Description}\n")
            .Append($"Depuis : {f.SinceText ?? "?"} · application : {f.Application ?? "?"} · message d'erreur : {f.ErrorMessage ?? "?"}\n")
            .Append($"Environnement : {f.Environment ?? "?"} · changement récent : {f.RecentChange ?? "?"} · reproductible : {Yes(f.Reproducible)}\n")
            .Append($"Impact : {DeskWords.Impact(ticket.Impact)} · urgence : {DeskWords.Urgency(ticket.Urgency)}\n")
            .Append($"Responsable (niveau 1) : {nameOf(ticket.Owner)} · attribué à : {(ticket.AssignedTo is { } a ? nameOf(a) : ticket.AssignedGroup ?? "personne")}")
            .Append(ticket.LiveWith is { } live ? $" · en conversation avec {nameOf(live)}" : "").Append('\n');
        if (ticket.TriedArticles.Count > 0)
        {
            text.Append($"Erreurs connues déjà essayées : {string.Join(", ", ticket.TriedArticles)}\n");
        }

        if (ticket.LinkedArticles.Count > 0 || ticket.Problem is not null)
        {
            text.Append(ticket.LinkedArticles.Count > 0 ? $"Articles liés : {string.Join(", ", ticket.LinkedArticles)}" : "")
                .Append(ticket.LinkedArticles.Count > 0 && ticket.Problem is not null ? " · " : "")
                .Append(ticket.Problem is { } problem ? $"Problème : {problem}" : "").Append('\n');
        }

        History(text, ticket, T, nameOf);
        text.Append("Journal (derniers échanges) :");
        foreach (var j in ticket.Journal.TakeLast(6))
        {
            text.Append($"\n  {T(j.At)} {j.Actor} [{j.Kind}] {DeskWords.Abbreviate(j.Text, 100)}");
        }

        return text.ToString();
    }

    /// <summary>Transfers, escalations, the solution and the intervention reports.</summary>
    private static void History(StringBuilder text, Ticket ticket, Func<DateTimeOffset, string> T, Func<string?, string> nameOf)
    {
        foreach (var t in ticket.Transfers)
        {
            text.Append($"Transfert {T(t.At)} par {nameOf(t.By)} vers {t.ToGroup ?? nameOf(t.ToTechnician)} ({DeskWords.Level(t.ToLevel)}) : {t.Reason}\n");
        }

        foreach (var e in ticket.Escalations)
        {
            text.Append($"Escalade {T(e.At)} par {nameOf(e.By)} vers le {DeskWords.Level(e.ToLevel)} : {e.Reason}\n");
        }

        if (ticket.Solution is { } s)
        {
            text.Append($"Solution {(s.Kind == SolutionKind.Definitive ? "définitive" : "temporaire")} ({nameOf(s.By)}, {T(s.At)}) : {s.Text}\n");
        }

        foreach (var r in ticket.Reports)
        {
            text.Append($"Compte rendu {r.Number} : {r.TechnicianName}, {T(r.Start)}–{T(r.End)} ({r.TimeSpentMinutes} min) · {r.Done} · pièces : {r.Parts} · suite : {r.Next}\n");
        }
    }

    private static string Yes(bool? value) => value switch { true => "oui", false => "non", null => "?" };
}
