using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// Everything a command works with: who runs it and where to answer, the time, the tickets, the technicians,
/// and the ways to speak to the technician, the requester, the room and other technicians.
/// </summary>
public sealed class CommandContext
{
    internal CommandContext(
        Technician technician, ChannelAddress replyTo, DateTimeOffset now, TechnicianDeskServices desk, DeskReplies replies, DeskPhrasebook? phrases = null,
        ChannelAddress? speaker = null)
    {
        (Technician, ReplyTo, Now, Desk, Replies, Speaker) = (technician, replyTo, now, desk, replies, speaker);
        Phrases = phrases ?? DeskPhrasebook.For(technician);
    }

    /// <summary>In a room: the technician's own address there (who typed the command), when the network gives it.</summary>
    public ChannelAddress? Speaker { get; }

    /// <summary>The language this technician is answered in (<see cref="DeskPhrasebook.For"/>).</summary>
    public DeskPhrasebook Phrases { get; }

    public Technician Technician { get; }

    /// <summary>Where the command was typed: the room, or the technician's one-to-one chat.</summary>
    public ChannelAddress ReplyTo { get; }

    public DateTimeOffset Now { get; }

    public DeskReplies Replies { get; }

    public ITicketStore Tickets => Desk.Tickets;

    public TechnicianDirectory Directory => Desk.Directory;

    public TechnicianDeskOptions Options => Desk.Options;

    public CommandRegistry Registry => Desk.Registry;

    public PriorityMatrix Matrix => Desk.Matrix;

    public SlaPolicy Sla => Desk.Sla;

    internal TechnicianDeskServices Desk { get; }

    public void Reply(string text) => Replies.Add(ReplyTo, text);

    /// <summary>
    /// An error or a usage hint: only the technician who typed the command sees it. Typed in a room, it is addressed to
    /// the room but <see cref="OutboundMessage.OnlyFor"/> them (Slack: ephemeral; Jabber and the terminal: one to one),
    /// so the room never reads another technician's typing mistakes.
    /// </summary>
    public void Hint(string text) =>
        Replies.AddRange([new OutboundMessage(ReplyTo, text) { OnlyFor = ReplyTo.IsRoom ? Speaker ?? Technician.AddressOn(ReplyTo.Channel) : null }]);

    /// <summary>The ticket, or a refusal naming the number when there is none.</summary>
    public Ticket Ticket(TicketNumber number) =>
        Tickets.Find(number) is { Outcome: RequestOutcome.Ticket or RequestOutcome.Confidential } ticket && Options.MaySee(Technician, ticket)
            ? ticket
            : throw new CommandRejectedException(Phrases.Text($"Aucun ticket {number}.", $"No ticket {number}."));

    /// <summary>The ticket, which must not be closed.</summary>
    public Ticket OpenTicket(TicketNumber number)
    {
        var ticket = Ticket(number);
        return ticket.IsOpen ? ticket : throw new CommandRejectedException(Phrases.Text($"{number} est clôturé. /reopen {number.Value} pour le rouvrir.", $"{number} is closed. /reopen {number.Value} to reopen it."));
    }

    /// <summary>Writes the changed ticket with one journal line by this technician.</summary>
    public Ticket Save(Ticket ticket, JournalKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var updated = SlaClock.Follow(Tickets.Find(ticket.TicketNumber), ticket.WithJournal(new JournalEntry(Now, Technician.Id, kind, text)), Now, Sla);
        Tickets.Save(updated);
        return updated;
    }

    /// <summary>Tells the requester (when they can be reached in chat) and journals what they were told.</summary>
    public Ticket TellRequester(Ticket ticket, string text)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (TicketAddress.Requester(ticket) is not { } address)
        {
            return ticket;
        }

        Replies.Add(address, text);
        var updated = ticket.WithJournal(new JournalEntry(Now, "bot", JournalKind.ReplyToRequester, text));
        Tickets.Save(updated);
        return updated;
    }

    /// <summary>Posts news of this ticket to the rooms, unless it is confidential: that never reaches the room.</summary>
    public void Announce(Ticket ticket, string text)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Outcome != RequestOutcome.Confidential)
        {
            Announce(text);
        }
    }

    /// <summary>Posts to the technicians' rooms (except the one the command came from, which already gets the reply).</summary>
    public void Announce(string text)
    {
        foreach (var room in Options.Rooms.Where(r => r != ReplyTo))
        {
            Replies.Add(room, text);
        }
    }

    /// <summary>Writes to another technician in their one-to-one chat.</summary>
    public void Notify(Technician technician, string text) => Notify(technician, _ => text);

    /// <summary>Writes to another technician in their one-to-one chat, in their language.</summary>
    public void Notify(Technician technician, Func<DeskPhrasebook, string> text)
    {
        ArgumentNullException.ThrowIfNull(technician);
        if (technician.Id != Technician.Id && (technician.AddressOn(ReplyTo.Channel) ?? technician.Addresses.FirstOrDefault()) is { Value.Length: > 0 } to)
        {
            Replies.Add(to, text(DeskPhrasebook.For(technician)));
        }
    }

    /// <summary>A time as technicians read it ("10:30", "24/11 10:30").</summary>
    public string Time(DateTimeOffset at) => DeskWords.Time(at, Now, Options.Zone());

    /// <summary>A technician's name from their identity, or the identity itself.</summary>
    public string NameOf(string? technicianId) => Directory.ById(technicianId)?.Name ?? technicianId ?? Phrases.Text("personne", "nobody");
}
