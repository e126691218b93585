using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot;

/// <summary>
/// <c>tickets list [--json]</c> and <c>tickets show N [--json]</c>: read the configured store (the LiteDB file named by
/// <c>Storage:Path</c>, or the PostgreSQL database). While a bot runs on the LiteDB file it holds it, and the verb reads
/// through that bot (<see cref="StorageSetup.OpenTickets"/>).
/// </summary>
internal static class TicketsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The <c>tickets</c> verb and its two subcommands, for the bot's one parser.</summary>
    public static Command Build(TextWriter output)
    {
        var json = new Option<bool>("--json") { Description = "JSON instead of a table" };
        var list = new Command("list", "Every ticket in the store (Storage:Path, or PostgreSQL with Storage:Provider=postgres).") { json };
        list.SetAction((r, ct) => RunAsync(["list", .. r.GetValue(json) ? ["--json"] : Array.Empty<string>()], BotCommandLine.ReadConfiguration(r.UnmatchedTokens), output, ct));
        var number = new Argument<string>("number") { Description = "The ticket's number: 42 or #42" };
        var showJson = new Option<bool>("--json") { Description = "JSON (the default)" };
        var show = new Command("show", "One ticket, with its journal.") { number, showJson };
        show.SetAction((r, ct) => RunAsync(["show", r.GetValue(number) ?? ""], BotCommandLine.ReadConfiguration(r.UnmatchedTokens), output, ct));
        return new Command("tickets", "Read the tickets in the store (works while the bot runs).") { list, show };
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var zone = QualificationConfiguration.ReadCalendar(configuration).Zone;
        var (owner, store) = StorageSetup.OpenTickets(configuration);
        using var database = owner;
        switch (args.FirstOrDefault())
        {
            case "list":
                var all = store.All();
                await output.WriteLineAsync(json ? Serialize(all.Select(t => TicketView.From(t, zone)).ToList()) : Table(all)).ConfigureAwait(false);
                return 0;
            case "show" when args.Length > 1 && TicketNumber.TryParse(args[1], out var number):
                if (store.Find(number) is not { } ticket)
                {
                    await Console.Error.WriteLineAsync($"No ticket {number}.").ConfigureAwait(false);
                    return 1;
                }

                await output.WriteLineAsync(Serialize(TicketView.From(ticket, zone))).ConfigureAwait(false);
                return 0;
            default:
                cancellationToken.ThrowIfCancellationRequested();
                await Console.Error.WriteLineAsync("Usage: tickets list [--json] | tickets show N [--json]").ConfigureAwait(false);
                return 2;
        }
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static string Table(IReadOnlyList<Ticket> tickets) =>
        tickets.Count == 0
            ? "No tickets."
            : string.Join('\n', tickets.Select(t => string.Create(CultureInfo.InvariantCulture,
                $"{t.TicketNumber,-6} {t.Priority,-3} {t.Status,-12} {t.RequesterId,-30} {t.Description}")));
}
