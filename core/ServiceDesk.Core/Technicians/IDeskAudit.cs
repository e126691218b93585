using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Where the desk reports security-relevant attempts (someone who is not a technician trying a technician
/// command). The host logs them; the core stays free of a logging framework.
/// </summary>
public interface IDeskAudit
{
    void CommandRefused(ChannelAddress who, string command);
}
