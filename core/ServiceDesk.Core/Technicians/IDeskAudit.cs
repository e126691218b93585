using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Where the desk reports security-relevant attempts (someone who is not a technician trying a technician
/// command, a requester asking about a ticket that is not theirs). The host logs them; the core stays free of
/// a logging framework.
/// </summary>
public interface IDeskAudit
{
    void CommandRefused(ChannelAddress who, string command);

    /// <summary>
    /// A requester asked about ticket <paramref name="number"/>, which is someone else's (<paramref name="exists"/>) or
    /// does not exist. They got the same answer either way; only the log tells the two apart.
    /// </summary>
    void OtherTicketAsked(ChannelAddress who, int number, bool exists)
    {
    }
}
