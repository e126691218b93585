using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/new requester text</c>: records a request that came by phone, mail or in person (seed 002 §1: every request is
/// recorded, whatever the channel). The requester is a chat address (told at once) or a name without spaces. The
/// technician who records it owns it when they are level 1 (§5.2: the person who opened the file closes it).
/// </summary>
public sealed class NewCommand : ITechnicianCommand
{
    public string Name => "new";

    public string Usage => "/new demandeur texte (demandeur : adresse de messagerie, ou un nom sans espace)";

    public string Summary => "enregistrer une demande reçue par téléphone, courrier ou en personne";

    public string EnglishSummary => "record a request received by phone, mail or in person";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var requester = arguments.NextWord() ?? throw new CommandUsageException();
        var text = arguments.RequiredRest();
        var ticket = context.Tickets.Open(Draft(context, requester, text));
        context.TellRequester(ticket, RequesterNotices.Recorded(ticket, context.Technician.Name));
        var summary = TicketSheet.Summary(ticket, context.Now, context.Options.Zone());
        context.Reply(context.Phrases.Text("Enregistré, attribué à vous.\n", "Recorded, assigned to you.\n") + TicketSheet.Summary(ticket, context.Now, context.Options.Zone(), context.Phrases));
        context.Announce(summary);
    }

    private static Ticket Draft(CommandContext context, string requester, string text)
    {
        var (me, now) = (context.Technician, context.Now);
        var address = requester.Contains('@', StringComparison.Ordinal) ? requester.ToLowerInvariant() : null;
        var (impact, urgency) = (Impact.OneUser, Urgency.SlowedDown);
        var priority = context.Matrix.Classify(impact, urgency);
        return SlaClock.Stamp(new Ticket
        {
            // A person the configuration links across channels has one key, whichever of their addresses is given.
            RequesterId = address is null ? "offline:" + requester
                : context.Desk.Reach?.People.RequesterId(new ChannelAddress(context.ReplyTo.Channel, address)) ?? $"{context.ReplyTo.Channel}:{address}",
            ReplyChannel = address is null ? "" : context.ReplyTo.Channel,
            ReplyAddress = address ?? "",
            RequesterName = address is null ? requester : null,
            Description = text,
            Impact = impact,
            Urgency = urgency,
            Priority = priority,
            Status = TicketStatus.Assigned,
            Outcome = RequestOutcome.Ticket,
            Owner = me.Level == SupportLevel.Level1 ? me.Id : null,
            AssignedTo = me.Id,
            Level = me.Level,
            OpenedAt = now,
            UpdatedAt = now,
            AnnouncedAt = now,
            TakenInChargeAt = now,
            Journal =
            [
                new(now, me.Id, JournalKind.RequesterMessage, text),
                new(now, me.Id, JournalKind.Action, $"Recorded by {me.Name} from a request by phone, mail or in person; impact {impact}, urgency {urgency} (assumed), priority {priority}."),
            ],
        }, context.Sla);
    }
}
