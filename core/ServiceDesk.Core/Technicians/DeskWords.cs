using System.Globalization;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>How tickets' fields read to technicians: in French, the desk's language, or in English (<see cref="DeskPhrasebook"/>).</summary>
public static class DeskWords
{
    public static string Status(TicketStatus status, DeskPhrasebook? phrases = null)
    {
        var p = phrases ?? DeskPhrasebook.French;
        return status switch
        {
            TicketStatus.New => p.Text("nouveau", "new"),
            TicketStatus.Assigned => p.Text("attribué", "assigned"),
            TicketStatus.InProgress => p.Text("en cours", "in progress"),
            TicketStatus.AwaitingUser => p.Text("en attente de l'utilisateur", "awaiting the user"),
            TicketStatus.Resolved => p.Text("résolu, confirmation demandée", "resolved, confirmation asked"),
            TicketStatus.Closed => p.Text("clôturé", "closed"),
            _ => status.ToString(),
        };
    }

    public static string Impact(Impact? impact, DeskPhrasebook? phrases = null)
    {
        var p = phrases ?? DeskPhrasebook.French;
        return impact switch
        {
            Tickets.Impact.OneUser => p.Text("un utilisateur", "one user"),
            Tickets.Impact.TeamOrVip => p.Text("une équipe ou un VIP", "a team or a VIP"),
            Tickets.Impact.WholeOrganisation => p.Text("toute l'organisation", "the whole organisation"),
            _ => p.Text("non précisé", "not given"),
        };
    }

    public static string Urgency(Urgency? urgency, DeskPhrasebook? phrases = null)
    {
        var p = phrases ?? DeskPhrasebook.French;
        return urgency switch
        {
            Tickets.Urgency.Blocked => p.Text("bloqué", "blocked"),
            Tickets.Urgency.SlowedDown => p.Text("ralenti", "slowed down"),
            Tickets.Urgency.CanLiveWith => p.Text("peut vivre avec", "can live with it"),
            _ => p.Text("non précisée", "not given"),
        };
    }

    public static string Level(SupportLevel level, DeskPhrasebook? phrases = null) =>
        (phrases ?? DeskPhrasebook.French).Text("niveau ", "level ") + ((int)level).ToString(CultureInfo.InvariantCulture);

    /// <summary>"10:30" today, "24/11 10:30" another day, in the desk's zone.</summary>
    public static string Time(DateTimeOffset at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date == local.Date;
        return local.ToString(today ? "HH:mm" : "dd/MM HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The first line of a text, cut to <paramref name="length"/> characters.</summary>
    public static string Abbreviate(string text, int length = 60)
    {
        var line = (text ?? "").Split('\n')[0].Trim();
        return line.Length <= length ? line : line[..(length - 1)] + "…";
    }

    /// <summary>Who the requester is: their name and address, or what we have.</summary>
    public static string Requester(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var address = ticket.ReplyAddress.Length > 0 ? ticket.ReplyAddress : ticket.RequesterId;
        return ticket.RequesterName is { Length: > 0 } name && name != address ? $"{name} ({address})" : address;
    }
}
