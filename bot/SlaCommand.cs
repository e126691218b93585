using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot;

/// <summary>
/// <c>sla due --priority P2 --opened 2026-12-04T18:30:00+01:00</c>: the three due times of a ticket opened then, from
/// the configured calendar and SLA table, as JSON with the desk's offsets, so anyone can check the rule by hand.
/// </summary>
internal static class SlaCommand
{
    public static Command Build(TextWriter output)
    {
        var priority = new Option<Priority>("--priority") { Description = "P1, P2, P3 or P4", Required = true };
        var opened = new Option<DateTimeOffset>("--opened") { Description = "When the ticket was opened, ISO-8601 with its offset", Required = true };
        var due = new Command("due", "Due times (take charge, resolution, maximum) of a ticket opened at a given time, in business time.") { priority, opened };
        due.SetAction(async (r, ct) =>
        {
            var sla = QualificationConfiguration.ReadSla(BotCommandLine.ReadConfiguration(r.UnmatchedTokens));
            var p = r.GetValue(priority);
            await output.WriteLineAsync(Json(p, sla.Deadlines(r.GetValue(opened), p, []), sla.Calendar.Zone).AsMemory(), ct).ConfigureAwait(false);
            return 0;
        });
        return new Command("sla", "Service levels in business time.") { due };
    }

    /// <summary><c>{"priority":"P2","detectBy":"…","resolveBy":"…","maximumBy":"…"}</c>, times in the desk's zone.</summary>
    public static string Json(Priority priority, SlaDeadlines due, TimeZoneInfo zone) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["priority"] = priority.ToString(),
        ["detectBy"] = Iso(due.DetectBy, zone),
        ["resolveBy"] = Iso(due.ResolveBy, zone),
        ["maximumBy"] = Iso(due.MaximumBy, zone),
    }, Options);

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Iso(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
