using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>Logs refused technician commands and questions about other people's tickets as warnings (who tried what).</summary>
internal sealed partial class LoggingDeskAudit(ILogger<LoggingDeskAudit> logger) : IDeskAudit
{
    public void CommandRefused(ChannelAddress who, string command) => LogRefused(who.ToString(), command);

    public void OtherTicketAsked(ChannelAddress who, int number, bool exists)
    {
        if (exists)
        {
            LogOtherPersonsTicket(who.ToString(), number);
        }
        else
        {
            LogNoSuchTicket(who.ToString(), number);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Who} asked about ticket #{Number}, which is someone else's; told it is not among theirs")]
    private partial void LogOtherPersonsTicket(string who, int number);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Who} asked about ticket #{Number}, which does not exist")]
    private partial void LogNoSuchTicket(string who, int number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused technician command /{Command} from {Who}: not a configured technician")]
    private partial void LogRefused(string who, string command);
}
