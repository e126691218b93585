using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// What a technician types: a slash command (from the room or their one-to-one chat), or, in their one-to-one chat,
/// plain words for the requester of the ticket they took last.
/// </summary>
/// <remarks>
/// Called under the <see cref="DeskRouter"/>'s lock; every error a technician can cause becomes a one-line answer, seen
/// only by them (<see cref="CommandContext.Hint"/>), never by the whole room.
/// </remarks>
public sealed class TechnicianDesk(TechnicianDeskServices desk)
{
    /// <summary>
    /// Runs a command for <paramref name="technician"/>; answers go to <paramref name="replyTo"/> (where it was typed), errors
    /// and usage hints only to them: in a room, to <paramref name="speaker"/> (their address there) alone.
    /// </summary>
    public void Run(Technician technician, ChannelAddress replyTo, CommandLine line, DateTimeOffset now, DeskReplies replies, ChannelAddress? speaker = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        var context = new CommandContext(technician, replyTo, now, desk, replies, DeskPhrasebook.For(technician, line.Arguments), speaker);
        if (desk.Registry.Find(line.Name) is not { } command)
        {
            context.Hint(context.Phrases.Text($"Commande inconnue : /{line.Name}. /help pour la liste des commandes.", $"Unknown command: /{line.Name}. /help lists the commands."));
            return;
        }

        try
        {
            command.Run(context, new CommandArguments(line.Arguments));
        }
        catch (CommandUsageException)
        {
            context.Hint(context.Phrases.Text($"Usage : {command.Usage}", $"Usage: {command.Usage}"));
        }
        catch (CommandRejectedException rejected)
        {
            context.Hint(rejected.Message);
        }
    }

    /// <summary>Plain words in the one-to-one chat go to the requester of the ticket this technician is talking on.</summary>
    public void Relay(Technician technician, ChannelAddress replyTo, string text, DateTimeOffset now, DeskReplies replies)
    {
        ArgumentNullException.ThrowIfNull(technician);
        var context = new CommandContext(technician, replyTo, now, desk, replies, DeskPhrasebook.For(technician, text));
        var live = desk.Tickets.OpenTickets().Where(t => t.LiveWith == technician.Id).MaxBy(t => t.TakenAt);
        if (live is null)
        {
            context.Reply(context.Phrases.Text(
                "Vous n'êtes en conversation avec aucun demandeur. /queue pour la file, /take N pour prendre un ticket, /help pour l'aide.",
                "You are not talking with any requester. /queue for the queue, /take N to take a ticket, /help for help."));
            return;
        }

        try
        {
            Commands.Relay.ToRequester(context, live, text);
        }
        catch (CommandRejectedException rejected)
        {
            context.Reply(rejected.Message);
        }
    }

    /// <summary>A technician's one-to-one address on a channel, falling back to their first one.</summary>
    internal static ChannelAddress? Reach(Technician? technician, string channel) =>
        technician is null ? null : technician.AddressOn(channel) ?? technician.Addresses.Select(a => (ChannelAddress?)a).FirstOrDefault();

    /// <summary>Who should hear about the requester's words on this ticket: whoever holds it, else its owner.</summary>
    internal Technician? Holder(Ticket ticket) =>
        desk.Directory.ById(ticket.LiveWith) ?? desk.Directory.ById(ticket.AssignedTo) ?? desk.Directory.ById(ticket.Owner);
}
