using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ServiceDesk.Core.Indicators;

namespace ServiceDesk.Bot;

/// <summary>
/// <c>report indicators --from 2026-11-01 --to 2026-12-01 [--json]</c>: the desk's indicators over requests opened
/// from the first day to the second (excluded, days in the desk's time zone), read from the store.
/// </summary>
internal static class IndicatorsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Build(TextWriter output)
    {
        var from = new Option<DateOnly>("--from") { Description = "First day (yyyy-MM-dd), included", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "Last day (yyyy-MM-dd), excluded", Required = true };
        var json = new Option<bool>("--json") { Description = "JSON instead of lines" };
        var indicators = new Command("indicators", "The desk's indicators (README: Indicators) over requests opened in a period.") { from, to, json };
        indicators.SetAction(async (r, ct) =>
        {
            var configuration = BotCommandLine.ReadConfiguration(r.UnmatchedTokens);
            var sla = QualificationConfiguration.ReadSla(configuration);
            var (start, end) = (sla.Calendar.At(r.GetValue(from), TimeSpan.Zero), sla.Calendar.At(r.GetValue(to), TimeSpan.Zero));
            var (owner, tickets) = StorageSetup.OpenTickets(configuration);
            using var database = owner;
            var result = new IndicatorCalculator(sla).Compute(tickets.All(), start, end, TimeProvider.System.GetUtcNow());
            var text = r.GetValue(json) ? JsonSerializer.Serialize(result, Json) : IndicatorText.English(result, sla.Calendar.Zone);
            await output.WriteLineAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return 0;
        });
        return new Command("report", "Reports on the desk.") { indicators };
    }
}
