using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>Where a ticket's requester can be reached in chat.</summary>
public static class TicketAddress
{
    /// <summary>The requester's chat address, or null for a request recorded from the phone, mail or a visit.</summary>
    public static ChannelAddress? Requester(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.ReplyChannel.Length > 0 && ticket.ReplyAddress.Length > 0
            ? new ChannelAddress(ticket.ReplyChannel, ticket.ReplyAddress)
            : null;
    }
}
