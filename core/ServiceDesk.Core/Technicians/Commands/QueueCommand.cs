using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/queue [filter]</c>: open tickets, most urgent first (priority, then due time), and who is on duty in the
/// technicians' room when a channel reports it (<see cref="PresenceBoard"/>).
/// </summary>
public sealed class QueueCommand : ITechnicianCommand
{
    public string Name => "queue";

    public string Usage => "/queue [mine|late|awaiting-user|unassigned|level2]";

    public string Summary => "tickets ouverts par priorité et échéance";

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
            .Where(t => t.Outcome is RequestOutcome.Ticket or RequestOutcome.Confidential)
            .Where(filter)
            .OrderBy(t => t.Priority ?? (Priority)99).ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.Number)
            .ToList();
        var onDuty = OnDuty(context);
        if (tickets.Count == 0)
        {
            context.Reply("Aucun ticket ouvert dans cette file." + onDuty);
            return;
        }

        var shown = tickets.Take(context.Options.QueueLength).Select(t => Line(context, t));
        var more = tickets.Count > context.Options.QueueLength ? $"\n… et {tickets.Count - context.Options.QueueLength} autres." : "";
        context.Reply($"{tickets.Count} ticket(s) :\n" + string.Join('\n', shown) + more + onDuty);
    }

    private static string OnDuty(CommandContext context)
    {
        if (context.Desk.Presence is not { } board)
        {
            return "";
        }

        var present = board.Present(context.Directory);
        return present.Count == 0
            ? "\nAucun technicien présent dans le salon."
            : $"\nPrésents dans le salon : {string.Join(", ", present.Select(t => t.Name))}.";
    }

    private static Func<Ticket, bool> Filter(CommandContext context, string? name)
    {
        var me = context.Technician.Id;
        var now = context.Now;
        return name switch
        {
            null => _ => true,
            "mine" or "mes" => t => t.AssignedTo == me || t.Owner == me || t.LiveWith == me,
            "late" or "retard" => t => (t.DeadlineAt ?? t.DueAt) is { } limit && limit < now,
            "awaiting-user" or "attente" => t => t.Status == TicketStatus.AwaitingUser,
            "unassigned" or "libres" => t => t.AssignedTo is null && t.AssignedGroup is null,
            "level2" or "niveau2" => t => t.Level >= SupportLevel.Level2,
            _ => throw new CommandUsageException(),
        };
    }

    private static string Line(CommandContext context, Ticket t)
    {
        var due = t.DueAt is { } at ? $" · échéance {context.Time(at)}" : "";
        var who = t.AssignedTo is not null ? $" · {context.NameOf(t.AssignedTo)}" : t.AssignedGroup is { } g ? $" · groupe {g}" : "";
        return $"{t.TicketNumber} {t.Priority}{due} · {DeskWords.Status(t.Status)}{who} · {DeskWords.Requester(t)} — « {DeskWords.Abbreviate(t.Description, 50)} »";
    }
}
