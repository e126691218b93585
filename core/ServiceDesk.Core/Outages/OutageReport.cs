using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// <c>/outage report M</c>: the timeline (opened, updates, resolved), the people affected, the messages sent, and the
/// duration in clock time and in business time (the desk's opening hours, <see cref="Calendar.BusinessCalendar"/>);
/// <c>/outage list</c>: the outages, open ones first.
/// </summary>
internal static class OutageReport
{
    public static void Reply(CommandContext context, IOutageStore outages, Outage outage)
    {
        var p = context.Phrases;
        var counters = OutageCounters.Of(outage, outages);
        var lines = new List<string>
        {
            $"{outage.Name} — {outage.Service} : « {outage.Symptom} »" + (outage.Problem is { } problem ? p.Text($" (depuis {problem})", $" (from {problem})") : ""),
            p.Text($"{context.Time(outage.OpenedAt)} ouvert par {context.NameOf(outage.OpenedBy)}", $"{context.Time(outage.OpenedAt)} opened by {context.NameOf(outage.OpenedBy)}"),
        };
        lines.AddRange(outage.Updates.Select(u => u.Resolves
            ? p.Text($"{context.Time(u.At)} résolu par {context.NameOf(u.By)} : {u.Text}", $"{context.Time(u.At)} resolved by {context.NameOf(u.By)}: {u.Text}")
            : p.Text($"{context.Time(u.At)} nouvelles de {context.NameOf(u.By)} : {u.Text}", $"{context.Time(u.At)} news from {context.NameOf(u.By)}: {u.Text}")));
        lines.Add(p.Text(
            $"Personnes concernées : {counters.People} (dont {counters.Subscribed} abonnée(s) ; {counters.Declined} « ce n'est pas ça » non comptée(s)) ; tickets liés : {counters.Tickets}",
            $"People affected: {counters.People} ({counters.Subscribed} subscribed; {counters.Declined} \"that's not it\" not counted); linked tickets: {counters.Tickets}"));
        lines.Add(p.Text(
            $"Messages envoyés : {counters.MessagesSent} ({counters.Answers} réponse(s) « incident connu », {counters.NoticesSent} nouvelle(s) et fin(s)){(counters.NoticesWaiting > 0 ? $", {counters.NoticesWaiting} en cours d'envoi" : "")}",
            $"Messages sent: {counters.MessagesSent} ({counters.Answers} known-incident answer(s), {counters.NoticesSent} news and end notice(s)){(counters.NoticesWaiting > 0 ? $", {counters.NoticesWaiting} being sent" : "")}"));
        lines.Add(p.Text("Durée : ", "Duration: ") + Durations(context, outage) + (outage.IsOpen ? p.Text(" (en cours)", " (ongoing)") : ""));
        context.Reply(string.Join('\n', lines));
    }

    public static void List(CommandContext context, IOutageStore outages)
    {
        var p = context.Phrases;
        var all = outages.All().OrderBy(o => o.IsOpen ? 0 : 1).ThenByDescending(o => o.Number).Take(10).ToList();
        if (all.Count == 0)
        {
            context.Reply(p.Text("Aucun incident majeur.", "No major incident."));
            return;
        }

        context.Reply(string.Join('\n', all.Select(o =>
        {
            var people = OutageCounters.Of(o, outages).People;
            return o.IsOpen
                ? p.Text($"{o.Name} {o.Service} — en cours depuis {context.Time(o.OpenedAt)}, {people} personne(s)", $"{o.Name} {o.Service} — ongoing since {context.Time(o.OpenedAt)}, {people} person(s)")
                : p.Text($"{o.Name} {o.Service} — résolu {context.Time(o.ResolvedAt ?? o.OpenedAt)}, {people} personne(s)", $"{o.Name} {o.Service} — resolved {context.Time(o.ResolvedAt ?? o.OpenedAt)}, {people} person(s)");
        })));
    }

    /// <summary>"2 h 05 d'horloge, 1 h 10 ouvrées" / "2 h 05 clock time, 1 h 10 business time".</summary>
    public static string Durations(CommandContext context, Outage outage)
    {
        var end = outage.ResolvedAt ?? context.Now;
        var clock = end - outage.OpenedAt;
        var business = context.Sla.Calendar.OpenTimeBetween(outage.OpenedAt, end);
        return context.Phrases.Text($"{Length(clock)} d'horloge, {Length(business)} ouvrées", $"{Length(clock)} clock time, {Length(business)} business time");
    }

    private static string Length(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:00}" : $"{Math.Max(0, (int)span.TotalMinutes)} min";
}
