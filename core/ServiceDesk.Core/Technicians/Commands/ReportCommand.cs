using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/report N [9:10-9:35] done | parts | next</c>: the intervention report of seed 002 §6.5.2 — who, start and
/// end, time spent, what was done, parts supplied or exchanged, what comes next — and the requester's
/// acknowledgement asked in chat (the report's "signature de l'utilisateur"). §6.4: "Un compte rendu devra
/// systématiquement être fait à chaque intervention." Without times, it runs from the taking to now.
/// </summary>
public sealed partial class ReportCommand : ITechnicianCommand
{
    public string Name => "report";

    public string Usage => "/report N [9:10-9:35] ce qui a été fait | pièces fournies ou échangées (ou aucune) | suite à donner — ou /report desk (indicateurs des 7 derniers jours)";

    public string Summary => "compte rendu d'intervention";

    public string EnglishSummary => "intervention report";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.TakeOneOf(["desk", "bureau"]) is not null)
        {
            DeskReport.Run(context);
            return;
        }

        var ticket = context.Ticket(arguments.Ticket());
        var fields = arguments.RequiredRest();
        var (start, end) = Times(context, ticket, ref fields);
        var parts = fields.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw new CommandUsageException();
        }

        var me = context.Technician;
        var report = new InterventionReport(ticket.Reports.Count + 1, me.Id, me.Name, start, end, (int)(end - start).TotalMinutes,
            parts[0], parts[1], parts[2], context.Now, Acknowledged: null, AcknowledgedAt: null);
        var (from, to) = (context.Time(start), context.Time(end));
        var asked = TicketAddress.Requester(ticket) is not null;
        ticket = context.Save(ticket with
        {
            Reports = [.. ticket.Reports, report],
            PendingQuestion = asked ? RequesterQuestion.ReportAcknowledgement : ticket.PendingQuestion,
        }, JournalKind.InterventionReport,
            $"Report {report.Number} by {me.Name}, {from}–{to} ({report.TimeSpentMinutes} min). Done: {report.Done}. Parts: {report.Parts}. Next: {report.Next}.");
        context.TellRequester(ticket, RequesterNotices.Report(ticket, report, from, to));
        var p = context.Phrases;
        context.Reply(p.Text($"Compte rendu {report.Number} enregistré sur {ticket.TicketNumber}", $"Report {report.Number} recorded on {ticket.TicketNumber}")
            + $" ({from}–{to}, {report.TimeSpentMinutes} min)"
            + (asked ? p.Text(" ; accusé de réception demandé au demandeur.", "; the requester is asked to acknowledge it.") : "."));
    }

    private static (DateTimeOffset Start, DateTimeOffset End) Times(CommandContext context, Ticket ticket, ref string fields)
    {
        var match = TimeRange().Match(fields);
        if (!match.Success)
        {
            var start = ticket.TakenAt ?? ticket.Reports.LastOrDefault()?.End ?? ticket.OpenedAt;
            return (start <= context.Now ? start : context.Now, context.Now);
        }

        fields = fields[match.Length..];
        var (from, to) = (At(context, match.Groups[1].Value, match.Groups[2].Value), At(context, match.Groups[3].Value, match.Groups[4].Value));
        return to >= from ? (from, to) : throw new CommandRejectedException(context.Phrases.Text("L'heure de fin précède l'heure de début.", "The end time is before the start time."));
    }

    private static DateTimeOffset At(CommandContext context, string hours, string minutes)
    {
        var zone = context.Options.Zone();
        var (h, m) = (int.Parse(hours, CultureInfo.InvariantCulture), int.Parse(minutes, CultureInfo.InvariantCulture));
        if (h > 23 || m > 59)
        {
            throw new CommandUsageException();
        }

        var day = TimeZoneInfo.ConvertTime(context.Now, zone).Date;
        var local = day.AddHours(h).AddMinutes(m);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [GeneratedRegex(@"^\s*(\d{1,2})[:hH](\d{2})\s*[-–]\s*(\d{1,2})[:hH](\d{2})\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeRange();
}
