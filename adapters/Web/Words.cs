using System.Globalization;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>The page's words for the desk's values, in French or English.</summary>
internal static class Words
{
    public static string Type(RequestType type, DeskPhrasebook p) => type switch
    {
        RequestType.Incident => p.Text("Incident", "Incident"),
        RequestType.ServiceRequest => p.Text("Demande de service", "Service request"),
        RequestType.UsageQuestion => p.Text("Question d'utilisation", "Usage question"),
        RequestType.ChangeRequest => p.Text("Demande de changement", "Change request"),
        RequestType.NotIt => p.Text("Hors informatique", "Not IT"),
        RequestType.Complaint => p.Text("Réclamation", "Complaint"),
        _ => p.Text("Non qualifiée", "Not qualified"),
    };

    public static string Journal(JournalKind kind, DeskPhrasebook p) => kind switch
    {
        JournalKind.RequesterMessage => p.Text("Message du demandeur", "Requester's message"),
        JournalKind.ReplyToRequester => p.Text("Réponse au demandeur", "Reply to the requester"),
        JournalKind.Action => p.Text("Action", "Action"),
        JournalKind.InternalNote => p.Text("Note interne", "Internal note"),
        JournalKind.Transfer => p.Text("Transfert", "Transfer"),
        JournalKind.Escalation => p.Text("Escalade", "Escalation"),
        JournalKind.InterventionReport => p.Text("Rapport d'intervention", "Intervention report"),
        JournalKind.TechnicianMessage => p.Text("Message du technicien", "Technician's message"),
        _ => kind.ToString(),
    };

    /// <summary>A business-time span: "1 h 05", "12 min", "2 j 3 h".</summary>
    public static string Span(TimeSpan span, DeskPhrasebook p)
    {
        var d = span.Duration();
        if (d.TotalDays >= 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(int)d.TotalDays} {p.Text("j", "d")} {d.Hours} h");
        }

        return d.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)d.TotalHours} h {d.Minutes:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)d.TotalMinutes)} min");
    }

    /// <summary>A full date and time in the desk's zone: "05/12/2026 14:30".</summary>
    public static string When(DateTimeOffset at, TimeZoneInfo zone, DeskPhrasebook p) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(p.IsEnglish ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(double? rate) =>
        rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(r * 100):0} %") : "—";
}
