using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/transfer N group|technician reason</c>: hands the ticket to a specialist because it is beyond the current
/// level's skills. Seed 002 §4.3.3: "Le problème dépasse ses compétences. Dans ce cas de figure, le technicien va
/// affecter l'appel à un spécialiste, cette action se nomme un transfert." Recorded as a <see cref="Transfer"/>,
/// never as an escalation; the level-1 owner keeps the ticket to close it.
/// </summary>
public sealed class TransferCommand : ITechnicianCommand
{
    public string Name => "transfer";

    public string Usage => "/transfer N groupe|technicien raison";

    public string Summary => "transfert : au-delà des compétences du niveau 1";

    public string EnglishSummary => "transfer: beyond level-1 skills";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var ticket = context.OpenTicket(arguments.Ticket());
        var (group, person) = Target(context, arguments);
        var reason = arguments.RequiredRest();
        var toLevel = group is not null ? GroupLevel(context, ticket, group) : PersonLevel(context, ticket, person!);
        var transfer = new Transfer(context.Now, context.Technician.Id, ticket.Level, toLevel, group, person?.Id, reason);
        var to = group is not null ? context.Phrases.Text($"groupe {group}", $"group {group}") : person!.Name;
        ticket = context.Save(ticket with
        {
            Transfers = [.. ticket.Transfers, transfer],
            Level = toLevel,
            AssignedGroup = group,
            AssignedTo = person?.Id,
            LiveWith = null,
            TakenAt = null,
            Status = TicketStatus.Assigned,
        }, JournalKind.Transfer, $"Transferred to {group ?? person!.Name} ({DeskWords.Level(toLevel)}) by {context.Technician.Name}: {reason}");
        Tell(context, ticket, person, to, transfer);
    }

    private static void Tell(CommandContext context, Ticket ticket, Technician? person, string to, Transfer transfer)
    {
        context.TellRequester(ticket, RequesterNotices.PassedOn(ticket));
        if (person is not null)
        {
            context.Notify(person, p => p.Text(
                $"{context.Technician.Name} vous transfère {ticket.TicketNumber} : {transfer.Reason}. /show {ticket.Number} pour le détail, /take {ticket.Number} pour le prendre.",
                $"{context.Technician.Name} transfers {ticket.TicketNumber} to you: {transfer.Reason}. /show {ticket.Number} for details, /take {ticket.Number} to take it."));
        }

        var p = context.Phrases;
        context.Reply(p.Text(
            $"{ticket.TicketNumber} transféré au {to} ({DeskWords.Level(transfer.ToLevel)}) : transfert, au-delà des compétences du {DeskWords.Level(transfer.FromLevel)}.",
            $"{ticket.TicketNumber} transferred to {to} ({DeskWords.Level(transfer.ToLevel, p)}): a transfer, beyond {DeskWords.Level(transfer.FromLevel, p)} skills."));
        to = person?.Name ?? $"groupe {ticket.AssignedGroup}";
        context.Announce(ticket, $"{ticket.TicketNumber} transféré au {to} ({DeskWords.Level(transfer.ToLevel)}) par {context.Technician.Name} : {transfer.Reason}. /take {ticket.Number}");
    }

    /// <summary>A group ("poste de travail") or a technician ("Denis", "Denis Roy", "denis@example.org"), read whole.</summary>
    private static (string? Group, Technician? Person) Target(CommandContext context, CommandArguments arguments)
    {
        if (arguments.IsEmpty)
        {
            throw new CommandUsageException();
        }

        var names = context.Directory.Groups.Concat(context.Directory.All.SelectMany(Names));
        var target = arguments.TakeOneOf(names) ?? throw Unknown(context, arguments.NextWord() ?? "");
        var group = context.Directory.Group(target);
        return (group, group is null ? context.Directory.Named(target) : null);
    }

    private static IEnumerable<string> Names(Technician t) =>
        new[] { t.Name, t.Name.Split(' ')[0] }.Concat(t.Addresses.Select(a => a.Value));

    private static CommandRejectedException Unknown(CommandContext context, string word) =>
        new(context.Phrases.Text(
            $"Ni groupe ni technicien « {word} ». Groupes : {string.Join(", ", context.Directory.Groups)}.",
            $"No group or technician \"{word}\". Groups: {string.Join(", ", context.Directory.Groups)}."));

    // A transfer goes up to someone with the skills: the group's lowest level above the ticket's.
    private static SupportLevel GroupLevel(CommandContext context, Ticket ticket, string group) =>
        context.Directory.All.Where(t => t.IsIn(group) && t.Level > ticket.Level).Select(t => t.Level).DefaultIfEmpty().Min() is var level && level > ticket.Level
            ? level
            : throw new CommandRejectedException(context.Phrases.Text(
                $"Le groupe {group} n'a pas de spécialiste au-delà du {DeskWords.Level(ticket.Level)} ; /assign {ticket.Number} technicien pour confier le ticket à un collègue.",
                $"Group {group} has no specialist above {DeskWords.Level(ticket.Level, context.Phrases)}; /assign {ticket.Number} technician to give the ticket to a colleague."));

    private static SupportLevel PersonLevel(CommandContext context, Ticket ticket, Technician person) =>
        person.Level > ticket.Level
            ? person.Level
            : throw new CommandRejectedException(context.Phrases.Text(
                $"Un transfert confie le ticket à un spécialiste d'un niveau supérieur ; {person.Name} est au {DeskWords.Level(person.Level)}. Pour un collègue du même niveau : /assign {ticket.Number} {person.Name.Split(' ')[0]}.",
                $"A transfer gives the ticket to a specialist of a higher level; {person.Name} is at {DeskWords.Level(person.Level, context.Phrases)}. For a colleague of the same level: /assign {ticket.Number} {person.Name.Split(' ')[0]}."));
}
