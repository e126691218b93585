using System.Globalization;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// What one turn locks (<see cref="KeyedLocks"/>), worked out before it starts: a requester's turn, their own key (every
/// ticket of theirs is worked on under it); a technician's command naming tickets, the technician's key and, for each
/// ticket, its own key and its requester's (so it waits for the requester's turn under way, and the requester's next
/// message waits for it); a command that only reads (<c>/queue</c>, <c>/show</c>…), the technician's key; anything that
/// may touch tickets it does not name, the whole desk (<see cref="Exclusive"/>).
/// </summary>
public sealed record TurnScope(bool Exclusive, IReadOnlyList<string> Keys)
{
    private static readonly HashSet<string> ReadingCommands = new(["queue", "show", "help", "dashboard"], StringComparer.Ordinal);

    // These reach tickets they do not name (/new opens one for someone else, /problem resolve resolves every linked ticket,
    // /outage tells everyone concerned): rare, so they simply have the desk to themselves.
    private static readonly HashSet<string> DeskWideCommands = new(["new", "problem", "outage"], StringComparer.Ordinal);

    /// <summary>The key of a person's conversation, and of every ticket whose requester they are.</summary>
    public static string PersonKey(string id) => "person:" + id;

    /// <summary>The key of one ticket.</summary>
    public static string TicketKey(int number) => "ticket:" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The scope of the turn that handles <paramref name="message"/> (a burst's messages share their sender's).</summary>
    public static TurnScope Of(InboundMessage message, TechnicianDeskServices desk)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(desk);
        var line = CommandLine.Parse(message.Text);
        if (message.From.IsRoom)
        {
            var speaker = message.Speaker ?? message.From;
            if (desk.Directory.Find(message.Speaker) is null)
            {
                return Only(speaker);
            }

            // A technician's plain line in a ticket's thread goes to that ticket's requester.
            return line is null
                ? message.Thread?.TicketNumber is { } number ? OnTickets(speaker, [number], desk) : Only(speaker)
                : OfCommand(speaker, line, message.Thread?.TicketNumber, desk);
        }

        if (desk.Directory.Find(message.From) is null)
        {
            // A requester: their key, the same from every channel the configuration links (one turn at a time per person).
            return new TurnScope(false, [PersonKey(message.RequesterId)]);
        }

        // A technician's plain line goes to whichever requester they are talking with.
        return line is null ? DeskWide : OfCommand(message.From, line, message.Thread?.TicketNumber, desk);
    }

    private static TurnScope DeskWide { get; } = new(true, []);

    private static TurnScope Only(ChannelAddress who) => new(false, [PersonKey(who.ToString())]);

    private static TurnScope OfCommand(ChannelAddress technician, CommandLine line, int? threadTicket, TechnicianDeskServices desk)
    {
        var arguments = line.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ReadingCommands.Contains(line.Name)
            || (line.Name == "report" && arguments.FirstOrDefault() == "desk")
            || (line.Name == "kb" && arguments.FirstOrDefault() is "search" or "show"))
        {
            return Only(technician);
        }

        if (DeskWideCommands.Contains(line.Name))
        {
            return DeskWide;
        }

        // Over-locking is harmless (a number in a message's text also locks that ticket for the turn); missing one is not.
        List<int> numbers = [.. arguments.Select(a => TicketNumber.TryParse(a, out var n) ? n.Value : 0).Where(n => n > 0)];
        if (threadTicket is { } inThread)
        {
            numbers.Add(inThread);
        }

        return numbers.Count == 0 ? DeskWide : OnTickets(technician, numbers, desk);
    }

    private static TurnScope OnTickets(ChannelAddress technician, IEnumerable<int> numbers, TechnicianDeskServices desk)
    {
        List<string> keys = [PersonKey(technician.ToString())];
        foreach (var number in numbers.Distinct())
        {
            keys.Add(TicketKey(number));
            if (desk.Tickets.Find(new TicketNumber(number)) is { } ticket)
            {
                keys.Add(PersonKey(ticket.RequesterId));
            }
        }

        return new TurnScope(false, keys);
    }
}
