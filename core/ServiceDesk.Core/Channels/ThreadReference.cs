using System.Globalization;

namespace ServiceDesk.Core.Channels;

/// <summary>
/// A conversation thread as the desk names it: one per ticket ("ticket:42"). A network with threads maps it to its own
/// (Slack: the <c>thread_ts</c> of the ticket's post in the technicians' channel, kept through
/// <see cref="Storage.IThreadStore"/>); a network without threads (Jabber, the terminal) ignores it.
/// </summary>
public readonly record struct ThreadReference(string Key)
{
    private const string TicketPrefix = "ticket:";

    /// <summary>The conversation about ticket <paramref name="number"/>.</summary>
    public static ThreadReference ForTicket(int number) => new(TicketPrefix + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>The ticket this thread is about, when it is a ticket's.</summary>
    public int? TicketNumber =>
        Key is { } key && key.StartsWith(TicketPrefix, StringComparison.Ordinal)
        && int.TryParse(key.AsSpan(TicketPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public override string ToString() => Key;
}

/// <summary>An earlier message as the network named it (opaque to the desk): the question a click answered, the one to update.</summary>
public readonly record struct MessageReference(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// How to answer a command typed through the network's own command feature (Slack's slash command: its
/// <c>response_url</c>), opaque to the desk. An answer carrying it is seen only by the person who typed the command.
/// </summary>
public readonly record struct ReplyHandle(string Value)
{
    public override string ToString() => Value;
}
