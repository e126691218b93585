using System.Globalization;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>How tickets' fields read to technicians (in French, the desk's language).</summary>
public static class DeskWords
{
    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.New => "nouveau",
        TicketStatus.Assigned => "attribué",
        TicketStatus.InProgress => "en cours",
        TicketStatus.AwaitingUser => "en attente de l'utilisateur",
        TicketStatus.Resolved => "résolu, confirmation demandée",
        TicketStatus.Closed => "clôturé",
        _ => status.ToString(),
    };

    public static string Impact(Impact? impact) => impact switch
    {
        Tickets.Impact.OneUser => "un utilisateur",
        Tickets.Impact.TeamOrVip => "une équipe ou un VIP",
        Tickets.Impact.WholeOrganisation => "toute l'organisation",
        _ => "non précisé",
    };

    public static string Urgency(Urgency? urgency) => urgency switch
    {
        Tickets.Urgency.Blocked => "bloqué",
        Tickets.Urgency.SlowedDown => "ralenti",
        Tickets.Urgency.CanLiveWith => "peut vivre avec",
        _ => "non précisée",
    };

    public static string Level(SupportLevel level) => "niveau " + ((int)level).ToString(CultureInfo.InvariantCulture);

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
