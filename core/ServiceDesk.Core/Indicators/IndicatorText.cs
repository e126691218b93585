using System.Globalization;
using System.Text;

namespace ServiceDesk.Core.Indicators;

/// <summary>The indicators as lines to read: French for the technicians' room (<c>/report desk</c>), English for the command line.</summary>
public static class IndicatorText
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string French(DeskIndicators d, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(d);
        var text = new StringBuilder()
            .Append(Fr, $"Indicateurs du {Day(d.From, zone)} au {Day(d.To, zone)} (exclu) : {d.Requests} demande(s)\n")
            .Append($"Par type : {Pairs(d.ByType.Select(p => (p.Key.ToString(), p.Value)))} · par canal : {Pairs(d.ByChannel.Select(p => (p.Key, p.Value)))}\n")
            .Append($"Résolution au premier contact : {Pct(d.FirstContactResolution, Fr)} · résolution au niveau 1 : {Pct(d.Level1ResolutionRate, Fr)} (objectif {Pct(d.Level1Goal, Fr)})\n")
            .Append($"Prise en charge : moyenne {Dur(d.TimeToTakeCharge.Mean)}, médiane {Dur(d.TimeToTakeCharge.Median)} · résolution : moyenne {Dur(d.TimeToResolve.Mean)}, médiane {Dur(d.TimeToResolve.Median)} (heures ouvrées)\n");
        foreach (var p in d.Sla.Where(p => p.Tickets > 0))
        {
            text.Append($"SLA {p.Priority} ({p.Tickets}) : prise en charge {Pct(p.Detection, Fr)} (objectif {Pct(p.DetectionGoal, Fr)}), résolution {Pct(p.Resolution, Fr)} (objectif {Pct(p.ResolutionGoal, Fr)}), délai maximum {Pct(p.Maximum, Fr)}\n");
        }

        return text
            .Append($"Réouvertures : {Pct(d.ReopenRate, Fr)} · satisfaction : {Score(d.SatisfactionAverage, Fr)} ({Pct(d.SatisfactionResponseRate, Fr)} de réponses)\n")
            .Append($"Libre-service : {Pct(d.SelfServiceDeflection, Fr)} · conversations abandonnées : {d.Abandoned}")
            .ToString();
    }

    public static string English(DeskIndicators d, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(d);
        var text = new StringBuilder()
            .Append(En, $"Indicators from {Day(d.From, zone)} to {Day(d.To, zone)} (excluded): {d.Requests} request(s)\n")
            .Append($"By type: {Pairs(d.ByType.Select(p => (p.Key.ToString(), p.Value)))}; by channel: {Pairs(d.ByChannel.Select(p => (p.Key, p.Value)))}\n")
            .Append($"First-contact resolution: {Pct(d.FirstContactResolution, En)}; level-1 resolution: {Pct(d.Level1ResolutionRate, En)} (goal {Pct(d.Level1Goal, En)})\n")
            .Append($"Time to take charge: mean {Dur(d.TimeToTakeCharge.Mean)}, median {Dur(d.TimeToTakeCharge.Median)}; to resolve: mean {Dur(d.TimeToResolve.Mean)}, median {Dur(d.TimeToResolve.Median)} (business time)\n");
        foreach (var p in d.Sla.Where(p => p.Tickets > 0))
        {
            text.Append($"SLA {p.Priority} ({p.Tickets}): take charge {Pct(p.Detection, En)} (goal {Pct(p.DetectionGoal, En)}), resolution {Pct(p.Resolution, En)} (goal {Pct(p.ResolutionGoal, En)}), maximum delay {Pct(p.Maximum, En)}\n");
        }

        return text
            .Append($"Reopened: {Pct(d.ReopenRate, En)}; satisfaction: {Score(d.SatisfactionAverage, En)} ({Pct(d.SatisfactionResponseRate, En)} answered)\n")
            .Append($"Self-service deflection: {Pct(d.SelfServiceDeflection, En)}; abandoned conversations: {d.Abandoned}")
            .ToString();
    }

    private static string Day(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pairs(IEnumerable<(string Key, int Count)> pairs)
    {
        var list = pairs.OrderByDescending(p => p.Count).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Count}")).ToList();
        return list.Count == 0 ? "—" : string.Join(", ", list);
    }

    private static string Pct(double? rate, CultureInfo culture) =>
        rate is { } r ? (r * 100).ToString(r * 100 % 1 == 0 ? "0" : "0.0", culture) + (culture == Fr ? " %" : "%") : "—";

    private static string Score(double? score, CultureInfo culture) => score is { } s ? s.ToString("0.0", culture) + "/5" : "—";

    private static string Dur(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalMinutes: < 1 } s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalSeconds} s"),
        { TotalHours: < 1 } s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.TotalMinutes} min"),
        var s => string.Create(CultureInfo.InvariantCulture, $"{(int)s.Value.TotalHours} h {s.Value.Minutes:00}"),
    };
}
