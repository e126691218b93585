using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/queue [filter]</c>: open tickets, most urgent first (priority, then due time), and who is on duty in the
/// technicians' room when a channel reports it (<see cref="PresenceBoard"/>). Due times are business time
/// (seed 004's opening hours); <c>late</c> lists tickets past their maximum delay and those not taken in charge in
/// time (seed 004: "ce qui est en retard").
/// </summary>
public sealed class QueueCommand : ITechnicianCommand
{
    public string Name => "queue";

    public string Usage => "/queue [mine|late|awaiting-user|unassigned|level2]";

    public string Summary => "tickets ouverts par priorité et échéance";

    public string EnglishSummary => "open tickets by priority and due time";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var filter = Filter(context, arguments.NextWord()?.ToLowerInvariant());
        if (!arguments.IsEmpty)
        {
            throw new CommandUsageException();
        }

        var tickets = context.Tickets.OpenTickets()
            .Where(t => t.Outcome is RequestOutcome.Ticket or RequestOutcome.Confidential && context.Options.MaySee(context.Technician, t))
            .Where(filter)
            .OrderBy(t => t.Priority ?? (Priority)99).ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.Number)
            .ToList();
        var onDuty = OnDuty(context);
        if (tickets.Count == 0)
        {
            context.Reply(context.Phrases.Text("Aucun ticket ouvert dans cette file.", "No open ticket in this queue.") + onDuty);
            return;
        }

        var shown = tickets.Take(context.Options.QueueLength).Select(t => Line(context, t));
        var more = tickets.Count > context.Options.QueueLength ? context.Phrases.Text($"\n… et {tickets.Count - context.Options.QueueLength} autres.", $"\n… and {tickets.Count - context.Options.QueueLength} more.") : "";
        context.Reply(context.Phrases.Text($"{tickets.Count} ticket(s) :\n", $"{tickets.Count} ticket(s):\n") + string.Join('\n', shown) + more + onDuty);
    }

    private static string OnDuty(CommandContext context)
    {
        if (context.Desk.Presence is not { } board)
        {
            return "";
        }

        var present = board.Present(context.Directory);
        return present.Count == 0
            ? context.Phrases.Text("\nAucun technicien présent dans le salon.", "\nNo technician in the room.")
            : context.Phrases.Text("\nPrésents dans le salon : ", "\nIn the room: ") + string.Join(", ", present.Select(t => t.Name)) + ".";
    }

    private static Func<Ticket, bool> Filter(CommandContext context, string? name)
    {
        var me = context.Technician.Id;
        var now = context.Now;
        return name switch
        {
            null => _ => true,
            "mine" or "mes" => t => t.AssignedTo == me || t.Owner == me || t.LiveWith == me,
            "late" or "retard" => t => SlaClock.IsLate(t, now, context.Sla),
            "awaiting-user" or "attente" => t => t.Status == TicketStatus.AwaitingUser,
            "unassigned" or "libres" => t => t.AssignedTo is null && t.AssignedGroup is null,
            "level2" or "niveau2" => t => t.Level >= SupportLevel.Level2,
            _ => throw new CommandUsageException(),
        };
    }

    private static string Line(CommandContext context, Ticket t)
    {
        var p = context.Phrases;
        var due = t.DueAt is { } at ? p.Text(" · échéance ", " · due ") + context.Time(at) : "";
        var who = t.AssignedTo is not null ? $" · {context.NameOf(t.AssignedTo)}" : t.AssignedGroup is { } g ? p.Text(" · groupe ", " · group ") + g : "";
        var secret = t.Outcome == RequestOutcome.Confidential ? p.Text(" · confidentiel", " · confidential") : "";
        return $"{t.TicketNumber} {t.Priority}{due}{secret} · {DeskWords.Status(t.Status, p)}{who} · {DeskWords.Requester(t)} — « {DeskWords.Abbreviate(t.Description, 50)} »";
    }
}
