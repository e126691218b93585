using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// A technician's command typed in a ticket's thread is about that ticket: <c>/take</c>, <c>take</c> alone, or
/// <c>/resolve definitive texte</c> work as <c>/take 42</c> or <c>/resolve 42 definitive texte</c>, and the answer
/// goes in the same thread. Networks without threads never set one, so nothing changes for them.
/// </summary>
internal static class ThreadCommands
{
    /// <summary>
    /// The command <paramref name="text"/> means in ticket <paramref name="ticket"/>'s thread: the typed
    /// <paramref name="line"/>, or a command's bare name alone ("take": a network may keep a leading slash for its own
    /// commands), with the thread's ticket number first when the command works on one ticket and the line names none.
    /// Null when it is not a command (then the holder's words go to the requester, as before).
    /// </summary>
    public static CommandLine? Read(string text, CommandLine? line, int ticket, CommandRegistry registry)
    {
        // Only a name alone: "close the window and try again" written to a requester must never close the ticket.
        line ??= text.Trim() is { Length: > 1 } word && word.All(char.IsLetter) ? new CommandLine(word.ToLowerInvariant(), "") : null;
        if (line is null || registry.Find(line.Name) is not { } command || !TakesTicketFirst(command))
        {
            return line is not null && CommandLine.Parse(text) is null ? null : line;
        }

        var first = line.Arguments.Split(' ', 2)[0];
        var subVerb = first.Length > 0 && command.Usage.Contains($"/{command.Name} {first}", StringComparison.OrdinalIgnoreCase);
        return TicketNumber.TryParse(first, out _) || subVerb
            ? line
            : line with { Arguments = $"{ticket} {line.Arguments}".TrimEnd() };
    }

    /// <summary>The answers to the room that typed it go in the thread it was typed in.</summary>
    public static IEnumerable<OutboundMessage> InThread(IEnumerable<OutboundMessage> replies, InboundMessage typed) =>
        replies.Select(m => m.To == typed.From && m.Thread is null ? m with { Thread = typed.Thread } : m);

    /// <summary>"/take N", "/resolve N …": the command's first argument is a ticket number.</summary>
    private static bool TakesTicketFirst(ITechnicianCommand command) =>
        command.Usage.StartsWith($"/{command.Name} N ", StringComparison.Ordinal) || command.Usage == $"/{command.Name} N";
}
